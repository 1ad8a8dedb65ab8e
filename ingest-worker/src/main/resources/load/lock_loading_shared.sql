-- Taken first by every load into a hypertable (this transaction): a recompression (recompress_lock.sql) waits
-- for the loads under way and the next ones wait for it, instead of deadlocking with them on a chunk's locks.
SELECT pg_advisory_xact_lock_shared(hashtextextended('loggerflow.recompression', 0))
