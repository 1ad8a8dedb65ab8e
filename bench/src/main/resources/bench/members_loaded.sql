-- Readings the given jobs' files held, and how many of them the merge inserted or updated.
SELECT coalesce(sum(readings), 0), coalesce(sum(readings_inserted), 0), coalesce(sum(readings_updated), 0)
FROM files
WHERE job_id = ANY (?) AND status = 'loaded' AND members IS NULL
