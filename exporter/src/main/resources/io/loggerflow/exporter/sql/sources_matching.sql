-- A NULL criterion matches every value.
SELECT id FROM sources
WHERE (CAST(? AS text) IS NULL OR site = ?)
  AND (CAST(? AS text) IS NULL OR logger = ?)
  AND (CAST(? AS text) IS NULL OR table_name = ?)
ORDER BY site, logger, table_name
