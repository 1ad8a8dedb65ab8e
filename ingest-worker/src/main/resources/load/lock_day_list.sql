-- The exclusive half of lock_days.sql, after its shared week locks.
SELECT pg_advisory_xact_lock(hashtextextended('source:' || CAST(? AS text) || ':day:' || day, 0))
FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) AS day
ORDER BY day
