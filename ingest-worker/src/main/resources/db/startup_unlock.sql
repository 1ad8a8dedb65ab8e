SELECT pg_advisory_unlock(hashtextextended('loggerflow.schema', 0))
