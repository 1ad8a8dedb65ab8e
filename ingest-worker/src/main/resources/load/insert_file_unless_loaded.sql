-- An archive's (or a file of several tables') row, unless a loaded file has the same content: the duplicate
-- check and the row in one round trip. Returns the loaded file's id, or the new row's.
WITH loaded AS (
    SELECT id FROM files WHERE sha256 = ? AND status = 'loaded'
), inserted AS (
    INSERT INTO files (path, name, size_bytes, sha256, status, reason, format, source_id, duplicate_of,
                       parent_id, job_id, started_at, finished_at, site)
    SELECT CAST(? AS text), CAST(? AS text), CAST(? AS bigint), CAST(? AS text), CAST(? AS text), CAST(? AS text),
           CAST(? AS text), CAST(? AS integer), CAST(? AS bigint), CAST(? AS bigint), CAST(? AS uuid),
           CAST(? AS timestamptz), CAST(? AS timestamptz), CAST(? AS text)
    WHERE NOT EXISTS (SELECT 1 FROM loaded)
    RETURNING id
)
SELECT (SELECT id FROM loaded) AS loaded_id, (SELECT id FROM inserted) AS inserted_id
