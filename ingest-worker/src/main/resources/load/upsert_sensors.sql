-- Registers every channel of a file in one round trip; an existing sensor is left alone (and not locked).
INSERT INTO sensors (source_id, name, unit, logger_statistic, measurement_type, statistic, height_m,
                     orientation_deg, task43_unit)
SELECT ?, c.name, c.unit, c.logger_statistic, c.measurement_type, c.statistic, c.height_m, c.orientation_deg,
       c.task43_unit
FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[])
     AS c (name, unit, logger_statistic, measurement_type, statistic, height_m, orientation_deg, task43_unit)
ON CONFLICT (source_id, name) DO NOTHING
