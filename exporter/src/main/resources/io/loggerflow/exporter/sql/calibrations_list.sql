SELECT c.id, src.site, src.logger, src.table_name, s.name, c.valid_from, c.valid_to, c.slope, c.offset_value,
       c.logger_slope, c.logger_offset, c.reason, c.changed_by, c.changed_at
FROM calibrations c
JOIN sensors s ON s.id = c.sensor_id
JOIN sources src ON src.id = s.source_id
ORDER BY src.site, src.logger, src.table_name, s.name, c.valid_from
