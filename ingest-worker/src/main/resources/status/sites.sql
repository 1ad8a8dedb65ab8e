-- Per site: files by outcome (archives and plain files; archive members are counted in their archive).
SELECT coalesce(site, '?') AS site,
       count(*) FILTER (WHERE status = 'loaded') AS loaded,
       count(*) FILTER (WHERE status = 'duplicate') AS duplicate,
       count(*) FILTER (WHERE status = 'failed') AS failed,
       count(*) FILTER (WHERE status = 'loading') AS loading
FROM files
WHERE parent_id IS NULL
GROUP BY site
ORDER BY site
