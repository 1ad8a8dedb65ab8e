-- Calibrations of sensors (one column) and of measurement points (all its columns).
SELECT c.id, src.site, src.logger, src.table_name, s.name, p.name, c.valid_from, c.valid_to, c.slope,
       c.offset_value, c.logger_slope, c.logger_offset, c.direction_offset, c.reason, c.changed_by, c.changed_at
FROM calibrations c
LEFT JOIN sensors s ON s.id = c.sensor_id
LEFT JOIN measurement_points p ON p.id = c.point_id
JOIN sources src ON src.id = coalesce(s.source_id, p.source_id)
ORDER BY src.site, src.logger, src.table_name, coalesce(p.name, s.name), c.valid_from, c.id
