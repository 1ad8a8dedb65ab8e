-- Highest sensors first within a type, as met-mast reports list them, then the logger's column order;
-- the exporter groups them by measurement type.
SELECT id, name, measurement_type, statistic, height_m, orientation_deg, coalesce(task43_unit, unit) AS unit,
       sensor_type, serial_number
FROM sensors
WHERE source_id = ?
ORDER BY height_m DESC NULLS LAST, id
