-- Only values that differ are rewritten; the ts bounds let the planner skip other partitions/chunks.
UPDATE readings r
SET value = s.value, file_id = s.file_id
FROM readings_staging s
WHERE r.sensor_id = s.sensor_id AND r.ts = s.ts
  AND r.ts BETWEEN ? AND ?
  AND r.value IS DISTINCT FROM s.value
