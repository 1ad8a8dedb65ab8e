-- The loaded files' time span: cheap, and it covers every stored reading of the source.
SELECT min(first_ts), max(last_ts) FROM files WHERE source_id = ? AND status = 'loaded'
