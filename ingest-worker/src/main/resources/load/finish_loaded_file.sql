-- The file's row finished and, when it wrote readings, its source's data version bumped for exports (one
-- round trip; the bump in the load transaction, under the file's locks).
WITH finished AS (
    UPDATE files
    SET status = 'loaded', data_rows = ?, readings = ?, readings_inserted = ?, readings_updated = ?,
        first_ts = ?, last_ts = ?, finished_at = now(), parse_ms = ?, load_ms = ?,
        skipped_rows = ?, reason = ?, skipped = CAST(? AS jsonb), notes = CAST(? AS jsonb), repeated_rows = ?,
        layout = coalesce(CAST(? AS text), layout)
    WHERE id = ?
    RETURNING source_id
)
UPDATE sources SET data_version = data_version + 1
WHERE id = (SELECT source_id FROM finished) AND CAST(? AS boolean)
