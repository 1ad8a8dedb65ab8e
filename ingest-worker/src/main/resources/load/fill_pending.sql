-- Compares staged with stored values in one read. The stored side is restricted to the file's sensors and
-- time range (parameters), so TimescaleDB reads only those sensors' batches of that range, and reads them
-- without decompressing anything for a DML statement.
INSERT INTO readings_pending (ts, sensor_id, value, file_id, stored)
SELECT s.ts, s.sensor_id, s.value, s.file_id, r.ts IS NOT NULL
FROM readings_staging s
LEFT JOIN readings r
       ON r.sensor_id = s.sensor_id AND r.ts = s.ts
      AND r.sensor_id = ANY (?) AND r.ts BETWEEN ? AND ?
WHERE r.value IS DISTINCT FROM s.value
