-- The recompression's side of lock_loading_shared.sql: session-level, as VACUUM cannot run in a transaction.
SELECT pg_advisory_lock(hashtextextended('loggerflow.recompression', 0))
