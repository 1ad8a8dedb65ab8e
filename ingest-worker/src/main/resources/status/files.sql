SELECT id, status, path, data_rows, readings, first_ts, last_ts, reason
FROM files
WHERE (CAST(? AS text) IS NULL OR status = ?)
ORDER BY id DESC
LIMIT ?
