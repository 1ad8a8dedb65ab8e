SELECT pg_advisory_unlock(hashtextextended('loggerflow.recompression', 0))
