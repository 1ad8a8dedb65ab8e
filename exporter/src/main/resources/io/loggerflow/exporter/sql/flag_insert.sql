INSERT INTO flags (source_id, sensor_id, point_id, flag_from, flag_to, reason)
VALUES (?, ?, ?, ?, ?, ?)
RETURNING id
