SELECT id, site, logger, table_name, data_version FROM sources WHERE id = ?
