-- The latest files, each by its latest attempt (a retried job's earlier rows are left out; see sites.sql).
WITH latest AS (
    SELECT DISTINCT ON (coalesce(CAST(job_id AS text), 'row ' || id), path)
           id, status, path, data_rows, readings, skipped_rows, first_ts, last_ts, reason
    FROM files
    ORDER BY coalesce(CAST(job_id AS text), 'row ' || id), path, id DESC
)
SELECT id, status, path, data_rows, readings, skipped_rows, first_ts, last_ts, reason
FROM latest
WHERE (CAST(? AS text) IS NULL OR status = ?)
ORDER BY id DESC
LIMIT ?
