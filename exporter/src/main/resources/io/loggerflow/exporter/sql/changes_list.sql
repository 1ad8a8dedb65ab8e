SELECT id, table_name, row_id, action, changed_by, changed_at, reason
FROM cleaning_changes
ORDER BY id DESC
LIMIT ?
