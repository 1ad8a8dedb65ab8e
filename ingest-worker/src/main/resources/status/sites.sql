-- Per site: files by outcome (archives and plain files; archive members are counted in their archive), each
-- file by its latest attempt: an archive interrupted by a database error is marked failed and its job retried,
-- and the retry's row (same job, same path) is the one that counts.
WITH latest AS (
    SELECT DISTINCT ON (coalesce(CAST(job_id AS text), 'row ' || id), path) site, status
    FROM files
    WHERE parent_id IS NULL
    ORDER BY coalesce(CAST(job_id AS text), 'row ' || id), path, id DESC
)
SELECT coalesce(site, '?') AS site,
       count(*) FILTER (WHERE status = 'loaded') AS loaded,
       count(*) FILTER (WHERE status = 'duplicate') AS duplicate,
       count(*) FILTER (WHERE status = 'failed') AS failed,
       count(*) FILTER (WHERE status = 'loading') AS loading,
       count(*) FILTER (WHERE status = 'retracted') AS retracted
FROM latest
GROUP BY site
ORDER BY site
