-- Files of one source whose time ranges could overlap must not load at the same time (overlap check,
-- then COPY or merge): each takes the source's locks of every UTC week its range touches, in ascending
-- order (no deadlock). Files of other weeks load side by side.
SELECT pg_advisory_xact_lock(hashtextextended('source:' || CAST(? AS text) || ':week:' || week, 0))
FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) AS week
ORDER BY week
