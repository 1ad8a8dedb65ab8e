SELECT id, name FROM sensors WHERE source_id = ? AND name = ANY (?)
