UPDATE sensors SET point_id = ? WHERE id = ?
