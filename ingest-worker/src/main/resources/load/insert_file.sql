INSERT INTO files (path, name, size_bytes, sha256, status, reason, format, source_id, duplicate_of, parent_id,
                   job_id, started_at, finished_at, site)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id
