INSERT INTO calibrations (sensor_id, valid_from, valid_to, slope, offset_value, logger_slope, logger_offset, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
