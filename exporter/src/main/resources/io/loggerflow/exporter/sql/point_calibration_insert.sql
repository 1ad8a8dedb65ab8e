INSERT INTO calibrations (point_id, valid_from, valid_to, slope, offset_value, logger_slope, logger_offset,
                          direction_offset, reason)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
