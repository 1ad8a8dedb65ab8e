DELETE FROM export_configs WHERE name = ?
