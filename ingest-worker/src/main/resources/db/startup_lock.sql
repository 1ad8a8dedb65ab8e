SELECT pg_advisory_lock(hashtextextended('loggerflow.schema', 0))
