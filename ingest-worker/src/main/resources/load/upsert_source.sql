INSERT INTO sources (site, logger, table_name, model, serial, format)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (site, logger, table_name) DO UPDATE
    SET model = coalesce(excluded.model, sources.model),
        serial = coalesce(excluded.serial, sources.serial),
        format = excluded.format
RETURNING id
