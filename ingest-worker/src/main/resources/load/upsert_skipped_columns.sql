-- A source's columns that are not measurements, listed once (not per file, never per row).
INSERT INTO source_skipped_columns (source_id, name, reason)
SELECT ?, c.name, c.reason
FROM unnest(?::text[], ?::text[]) AS c (name, reason)
ON CONFLICT (source_id, name) DO UPDATE SET reason = EXCLUDED.reason
WHERE source_skipped_columns.reason IS DISTINCT FROM EXCLUDED.reason
