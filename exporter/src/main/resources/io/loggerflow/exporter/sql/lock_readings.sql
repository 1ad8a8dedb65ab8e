-- Holds every partition or chunk of readings (LOCK TABLE includes them) for the whole snapshot: TimescaleDB's
-- compression rewrites a chunk's rows under new transaction ids, which a snapshot taken before would not see
-- (timescale/timescaledb#6842); with this lock, compressing a chunk waits for the export to finish.
LOCK TABLE readings IN ACCESS SHARE MODE
