-- A file of a few days (a day file) shares the source's week locks and takes the locks of its UTC days
-- alone: day files of one source load side by side (they cannot overlap), while a longer file, which takes
-- the week locks exclusively (lock_weeks.sql), still waits for them and they for it. Ascending order, weeks
-- before days: no deadlock.
SELECT count(pg_advisory_xact_lock_shared(hashtextextended('source:' || CAST(? AS text) || ':week:' || week, 0)))
FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) AS week
