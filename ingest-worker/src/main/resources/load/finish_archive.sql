-- An archive's readings, time range and skipped rows are those of its loaded members.
UPDATE files a
SET status = ?, reason = ?, members = ?, finished_at = now(),
    readings = (SELECT coalesce(sum(m.readings), 0) FROM files m WHERE m.parent_id = a.id AND m.status = 'loaded'),
    skipped_rows = (SELECT coalesce(sum(m.skipped_rows), 0) FROM files m WHERE m.parent_id = a.id AND m.status = 'loaded'),
    first_ts = (SELECT min(m.first_ts) FROM files m WHERE m.parent_id = a.id AND m.status = 'loaded'),
    last_ts = (SELECT max(m.last_ts) FROM files m WHERE m.parent_id = a.id AND m.status = 'loaded')
WHERE a.id = ?
