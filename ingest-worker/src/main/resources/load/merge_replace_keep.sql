-- The stored readings of the changed sensors in the changed range that no pending reading changes (equal to the
-- file's, or absent from it). A plain read: TimescaleDB decompresses in memory, nothing for a DML statement.
INSERT INTO readings_kept (ts, sensor_id, value, file_id)
SELECT r.ts, r.sensor_id, r.value, r.file_id
FROM readings r
WHERE r.sensor_id = ANY (?) AND r.ts BETWEEN ? AND ?
  AND NOT EXISTS (SELECT 1 FROM readings_pending p WHERE p.stored AND p.sensor_id = r.sensor_id AND p.ts = r.ts)
