-- Calibrations (of sensors or points) and flag windows of the source that touch the range (reported in the
-- export's manifest). Parameters: source, to, from (twice).
SELECT (SELECT count(*) FROM calibrations c
        LEFT JOIN sensors s ON s.id = c.sensor_id
        LEFT JOIN measurement_points p ON p.id = c.point_id
        WHERE coalesce(s.source_id, p.source_id) = ? AND c.valid_from < ? AND (c.valid_to IS NULL OR c.valid_to > ?)),
       (SELECT count(*) FROM flags f
        WHERE f.source_id = ? AND f.flag_from < ? AND f.flag_to > ?)
