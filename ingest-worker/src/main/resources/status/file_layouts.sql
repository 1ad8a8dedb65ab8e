SELECT id, path, layout
FROM files
WHERE layout IS NOT NULL AND (CAST(? AS text) IS NULL OR status = ?)
ORDER BY id DESC
LIMIT ?
