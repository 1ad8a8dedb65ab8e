-- TimescaleDB: the replaced range written again: the kept readings and the changed ones (merge_insert.sql adds
-- the new ones). Compressed again after commit (ChunkRecompression).
INSERT INTO readings (ts, sensor_id, value, file_id)
SELECT ts, sensor_id, value, file_id FROM readings_kept
UNION ALL
SELECT ts, sensor_id, value, file_id FROM readings_pending WHERE stored
