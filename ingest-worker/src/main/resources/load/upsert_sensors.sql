-- Registers every channel of a file in one round trip; metadata already set (by rules or by hand) is kept.
INSERT INTO sensors (source_id, name, unit, logger_statistic)
SELECT ?, c.name, c.unit, c.logger_statistic
FROM unnest(?::text[], ?::text[], ?::text[]) AS c (name, unit, logger_statistic)
ON CONFLICT (source_id, name) DO UPDATE
    SET unit = coalesce(sensors.unit, excluded.unit),
        logger_statistic = coalesce(sensors.logger_statistic, excluded.logger_statistic)
RETURNING id, name
