-- Registers every channel of a file in one round trip. Metadata already set (by an earlier file or by
-- hand) is kept: a later file only fills what is still NULL.
INSERT INTO sensors (source_id, name, unit, logger_statistic, measurement_type, statistic, height_m,
                     orientation_deg, task43_unit)
SELECT ?, c.name, c.unit, c.logger_statistic, c.measurement_type, c.statistic, c.height_m, c.orientation_deg,
       c.task43_unit
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[])
     AS c (name, unit, logger_statistic, measurement_type, statistic, height_m, orientation_deg, task43_unit)
ON CONFLICT (source_id, name) DO UPDATE
    SET unit = coalesce(sensors.unit, excluded.unit),
        logger_statistic = coalesce(sensors.logger_statistic, excluded.logger_statistic),
        measurement_type = coalesce(sensors.measurement_type, excluded.measurement_type),
        statistic = coalesce(sensors.statistic, excluded.statistic),
        height_m = coalesce(sensors.height_m, excluded.height_m),
        orientation_deg = coalesce(sensors.orientation_deg, excluded.orientation_deg),
        task43_unit = coalesce(sensors.task43_unit, excluded.task43_unit)
RETURNING id, name
