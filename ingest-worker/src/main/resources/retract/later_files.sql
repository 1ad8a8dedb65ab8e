-- Files of the same source loaded after this one whose range overlaps it: they may have overwritten its
-- readings, and where they repeated a value unchanged that reading stayed this file's (and goes with it).
SELECT id
FROM files
WHERE source_id = ? AND status = 'loaded' AND id > ? AND first_ts <= ? AND last_ts >= ?
ORDER BY id
