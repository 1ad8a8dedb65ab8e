-- The files asked for: only top-level files (what arrived) can be retracted, with their members or tables.
SELECT f.id, f.parent_id, f.status, f.path
FROM files f
WHERE f.id = ANY (?)
ORDER BY f.id
