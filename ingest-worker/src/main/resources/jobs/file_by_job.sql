SELECT status, coalesce(readings, 0) AS readings, reason, first_ts, last_ts
FROM files
WHERE job_id = ?
ORDER BY id DESC
LIMIT 1
