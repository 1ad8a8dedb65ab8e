INSERT INTO readings (ts, sensor_id, value, file_id)
SELECT s.ts, s.sensor_id, s.value, s.file_id
FROM readings_staging s
WHERE NOT EXISTS (
    SELECT 1 FROM readings r
    WHERE r.sensor_id = s.sensor_id AND r.ts = s.ts AND r.ts BETWEEN ? AND ?
)
