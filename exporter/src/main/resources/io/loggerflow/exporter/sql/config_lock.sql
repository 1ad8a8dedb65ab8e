-- One run of a configuration at a time, on every node (session lock: held across the sources' snapshots).
SELECT pg_advisory_lock(hashtextextended('loggerflow.export:' || ?, 0))
