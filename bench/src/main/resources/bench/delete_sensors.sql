DELETE FROM sensors WHERE source_id = ANY (?)
