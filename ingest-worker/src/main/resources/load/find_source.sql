SELECT id, model, serial, format FROM sources WHERE site = ? AND logger = ? AND table_name = ?
