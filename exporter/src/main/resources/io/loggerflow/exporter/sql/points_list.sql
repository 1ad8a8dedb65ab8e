-- Measurement points with their sensors (name:statistic, in the logger's column order). A NULL source lists all.
SELECT p.id, src.site, src.logger, src.table_name, p.name, p.measurement_type, p.height_m, p.orientation_deg,
       p.derived, p.reason, p.changed_by, p.changed_at,
       ARRAY(SELECT s.name || coalesce(':' || s.statistic, '') FROM sensors s WHERE s.point_id = p.id ORDER BY s.id)
FROM measurement_points p
JOIN sources src ON src.id = p.source_id
WHERE CAST(? AS integer) IS NULL OR p.source_id = ?
ORDER BY src.site, src.logger, src.table_name, (SELECT min(s.id) FROM sensors s WHERE s.point_id = p.id) NULLS LAST, p.id
