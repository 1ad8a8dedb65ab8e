SELECT f.id, src.site, src.logger, src.table_name, s.name, p.name, f.flag_from, f.flag_to, f.reason, f.changed_by,
       f.changed_at
FROM flags f
JOIN sources src ON src.id = f.source_id
LEFT JOIN sensors s ON s.id = f.sensor_id
LEFT JOIN measurement_points p ON p.id = f.point_id
ORDER BY src.site, src.logger, src.table_name, f.flag_from, coalesce(p.name, s.name) NULLS FIRST, f.id
