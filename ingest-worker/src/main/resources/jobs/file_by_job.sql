SELECT status, coalesce(readings, 0) AS readings, coalesce(skipped_rows, 0) AS skipped_rows, reason, first_ts, last_ts
FROM files
WHERE job_id = ? AND parent_id IS NULL
ORDER BY id DESC
LIMIT 1
