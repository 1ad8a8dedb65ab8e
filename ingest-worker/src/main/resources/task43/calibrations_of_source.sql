-- The calibrations of the source's points and of its sensors, each with the point it applies to (a sensor's
-- its point), to compare a station document's with. Parameters: the source, twice.
SELECT c.id, p.name, NULL AS sensor, c.valid_from, c.valid_to, c.slope, c.offset_value, c.logger_slope,
       c.logger_offset, c.direction_offset
FROM calibrations c JOIN measurement_points p ON p.id = c.point_id
WHERE p.source_id = ?
UNION ALL
SELECT c.id, p.name, s.name, c.valid_from, c.valid_to, c.slope, c.offset_value, c.logger_slope, c.logger_offset,
       c.direction_offset
FROM calibrations c JOIN sensors s ON s.id = c.sensor_id LEFT JOIN measurement_points p ON p.id = s.point_id
WHERE s.source_id = ?
ORDER BY 2, 4, 1
