-- Top-level files with a loaded part of one source whose readings touch [from, to) (NULL: unbounded).
SELECT DISTINCT coalesce(f.parent_id, f.id) AS top_id
FROM files f
WHERE f.status = 'loaded' AND f.source_id = ?
  AND (CAST(? AS timestamptz) IS NULL OR f.last_ts >= ?)
  AND (CAST(? AS timestamptz) IS NULL OR f.first_ts < ?)
ORDER BY top_id
