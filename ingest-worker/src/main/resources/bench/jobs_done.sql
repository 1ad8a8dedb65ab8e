-- Of the given import jobs: how many have finished their file (any outcome), and how many failed.
SELECT count(*) FILTER (WHERE status <> 'loading'), count(*) FILTER (WHERE status = 'failed'),
       string_agg(name || ': ' || reason, '; ') FILTER (WHERE status = 'failed')
FROM files
WHERE parent_id IS NULL AND job_id = ANY (?)
