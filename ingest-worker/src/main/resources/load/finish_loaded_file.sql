UPDATE files
SET status = 'loaded', data_rows = ?, readings = ?, readings_inserted = ?, readings_updated = ?,
    first_ts = ?, last_ts = ?, finished_at = now(), parse_ms = ?, load_ms = ?,
    skipped_rows = ?, reason = ?, skipped = CAST(? AS jsonb), notes = CAST(? AS jsonb), repeated_rows = ?
WHERE id = ?
