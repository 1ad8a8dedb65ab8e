-- The linear calibrations in force on each of the source's columns, for its station document: a column's
-- own and its measurement point's (which applies to all the point's columns). Direction offsets are left out.
SELECT c.id, s.name, c.valid_from, c.valid_to, c.slope, c.offset_value, c.logger_slope, c.logger_offset
FROM sensors s
JOIN calibrations c ON c.sensor_id = s.id OR (c.sensor_id IS NULL AND c.point_id = s.point_id)
WHERE s.source_id = ?
  AND c.slope IS NOT NULL
ORDER BY s.name, c.valid_from
