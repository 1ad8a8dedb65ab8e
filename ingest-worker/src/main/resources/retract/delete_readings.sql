DELETE FROM readings r
WHERE r.sensor_id IN (SELECT id FROM sensors WHERE source_id = ?)
  AND r.ts BETWEEN ? AND ?
  AND r.file_id = ?
