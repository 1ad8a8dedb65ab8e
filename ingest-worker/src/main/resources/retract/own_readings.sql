-- Readings that are still this file's: a later file that changed a value made it its own (merge_update).
-- The source's sensors and the file's range let the planner use (sensor_id, ts) and skip other chunks.
SELECT count(*)
FROM readings r
WHERE r.sensor_id IN (SELECT id FROM sensors WHERE source_id = ?)
  AND r.ts BETWEEN ? AND ?
  AND r.file_id = ?
