-- Metadata already set (by an earlier file or by hand) is kept: a later file only fills what is still NULL.
-- Only sensors with something to fill are updated (and locked).
UPDATE sensors s
SET unit = coalesce(s.unit, c.unit),
    logger_statistic = coalesce(s.logger_statistic, c.logger_statistic),
    measurement_type = coalesce(s.measurement_type, c.measurement_type),
    statistic = coalesce(s.statistic, c.statistic),
    height_m = coalesce(s.height_m, c.height_m),
    orientation_deg = coalesce(s.orientation_deg, c.orientation_deg),
    task43_unit = coalesce(s.task43_unit, c.task43_unit)
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[])
     AS c (name, unit, logger_statistic, measurement_type, statistic, height_m, orientation_deg, task43_unit)
WHERE s.source_id = ? AND s.name = c.name
  AND ((s.unit IS NULL AND c.unit IS NOT NULL)
    OR (s.logger_statistic IS NULL AND c.logger_statistic IS NOT NULL)
    OR (s.measurement_type IS NULL AND c.measurement_type IS NOT NULL)
    OR (s.statistic IS NULL AND c.statistic IS NOT NULL)
    OR (s.height_m IS NULL AND c.height_m IS NOT NULL)
    OR (s.orientation_deg IS NULL AND c.orientation_deg IS NOT NULL)
    OR (s.task43_unit IS NULL AND c.task43_unit IS NOT NULL))
