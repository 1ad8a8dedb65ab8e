SELECT id, status, coalesce(readings, 0) AS readings, reason, first_ts, last_ts, data_rows,
       coalesce(skipped_rows, 0) AS skipped_rows, coalesce(repeated_rows, 0) AS repeated_rows, skipped, notes, layout
FROM files
WHERE job_id = ? AND parent_id IS NULL
ORDER BY id DESC
LIMIT 1
