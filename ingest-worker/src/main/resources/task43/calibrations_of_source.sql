-- The calibrations of the source's sensors, to compare a station document's with.
SELECT c.id, s.name, c.valid_from, c.valid_to, c.slope, c.offset_value, c.logger_slope, c.logger_offset
FROM calibrations c JOIN sensors s ON s.id = c.sensor_id
WHERE s.source_id = ?
ORDER BY s.name, c.valid_from
