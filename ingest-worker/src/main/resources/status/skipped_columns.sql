-- Columns of each source that are not stored as readings (times of max/min, text, bit fields).
SELECT src.site, src.logger, src.table_name, c.name, c.reason
FROM source_skipped_columns c
JOIN sources src ON src.id = c.source_id
ORDER BY src.site, src.logger, src.table_name, c.name
