-- Only the changed readings. The constant sensor and time bounds (the changed ones') let TimescaleDB
-- decompress only the batches of those sensors in that range, and the planner skip other chunks/partitions.
UPDATE readings r
SET value = p.value, file_id = p.file_id
FROM readings_pending p
WHERE p.stored AND r.sensor_id = p.sensor_id AND r.ts = p.ts
  AND r.sensor_id = ANY (?) AND r.ts BETWEEN ? AND ?
