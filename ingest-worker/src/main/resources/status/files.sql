SELECT id, status, path, data_rows, readings, skipped_rows, first_ts, last_ts, reason
FROM files
WHERE (CAST(? AS text) IS NULL OR status = ?)
ORDER BY id DESC
LIMIT ?
