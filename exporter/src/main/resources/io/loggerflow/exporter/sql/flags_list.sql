SELECT f.id, src.site, src.logger, src.table_name, s.name, f.flag_from, f.flag_to, f.reason, f.changed_by,
       f.changed_at
FROM flags f
JOIN sources src ON src.id = f.source_id
LEFT JOIN sensors s ON s.id = f.sensor_id
ORDER BY src.site, src.logger, src.table_name, f.flag_from, s.name NULLS FIRST
