-- The source's sensors with the metadata a station document sets.
SELECT id, name, measurement_type, statistic, height_m, orientation_deg, task43_unit, sensor_type, serial_number
FROM sensors
WHERE source_id = ?
ORDER BY id
