-- Highest sensors first within a type, as met-mast reports list them; the exporter groups by type.
SELECT id, name, measurement_type, statistic, height_m, orientation_deg, coalesce(task43_unit, unit) AS unit
FROM sensors
WHERE source_id = ?
ORDER BY height_m DESC NULLS LAST, orientation_deg NULLS LAST, name
