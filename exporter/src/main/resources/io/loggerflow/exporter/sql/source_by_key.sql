SELECT id FROM sources WHERE site = ? AND logger = ? AND table_name = ?
