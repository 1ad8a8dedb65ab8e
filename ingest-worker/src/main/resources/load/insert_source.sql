-- A new source; nothing (and no lock) when it exists: files of one source may load side by side.
INSERT INTO sources (site, logger, table_name, model, serial, format)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (site, logger, table_name) DO NOTHING
RETURNING id
