UPDATE files SET archived_path = ? WHERE id = ?
