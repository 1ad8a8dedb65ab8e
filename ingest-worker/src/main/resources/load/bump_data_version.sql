UPDATE sources SET data_version = data_version + 1 WHERE id = ?
