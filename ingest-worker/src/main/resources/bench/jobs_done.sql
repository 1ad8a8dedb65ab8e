-- Of the given import jobs: how many have finished their file (any outcome), and how many failed.
-- One count per job: a retried job may have left an earlier attempt's row.
SELECT count(DISTINCT job_id) FILTER (WHERE status <> 'loading'), count(*) FILTER (WHERE status = 'failed'),
       string_agg(name || ': ' || reason, '; ') FILTER (WHERE status = 'failed')
FROM files
WHERE parent_id IS NULL AND job_id = ANY (?)
