UPDATE files SET layout = ? WHERE id = ?
