SELECT s.id, s.source_id
FROM sensors s JOIN sources src ON src.id = s.source_id
WHERE src.site = ? AND src.logger = ? AND src.table_name = ? AND s.name = ?
