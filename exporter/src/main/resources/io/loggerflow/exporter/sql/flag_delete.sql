DELETE FROM flags WHERE id = ?
