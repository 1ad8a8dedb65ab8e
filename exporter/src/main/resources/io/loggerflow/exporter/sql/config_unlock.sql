SELECT pg_advisory_unlock(hashtextextended('loggerflow.export:' || ?, 0))
