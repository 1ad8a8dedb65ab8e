-- The loaded rows of the given top-level files that hold readings: a plain file itself, or an archive's
-- members and a file's tables (their rows point at the top-level row through parent_id).
SELECT f.id, coalesce(f.parent_id, f.id) AS top_id, f.path, f.source_id, src.site, src.logger, src.table_name,
       f.first_ts, f.last_ts, coalesce(f.readings_inserted, 0) + coalesce(f.readings_updated, 0) AS written
FROM files f
JOIN sources src ON src.id = f.source_id
WHERE f.status = 'loaded' AND (f.id = ANY (?) OR f.parent_id = ANY (?))
ORDER BY f.source_id, f.first_ts, f.id
