SELECT id FROM measurement_points WHERE source_id = ? AND name = ?
