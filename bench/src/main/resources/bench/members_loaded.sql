-- Readings the given jobs' data files held, how many of them the merge inserted or updated, and how many data
-- files (archive members, or the files themselves) there were.
SELECT coalesce(sum(readings), 0), coalesce(sum(readings_inserted), 0), coalesce(sum(readings_updated), 0), count(*)
FROM files
WHERE job_id = ANY (?) AND status = 'loaded' AND members IS NULL
