-- The instants inside the range at which a calibration or flag of the source starts or ends: the exporter cuts
-- the range there, so that inside each slice the same cleaning applies throughout.
-- Parameters: source (twice), from, to.
WITH periods AS (
    SELECT c.valid_from AS starts, c.valid_to AS ends
    FROM calibrations c
    LEFT JOIN sensors s ON s.id = c.sensor_id
    LEFT JOIN measurement_points p ON p.id = c.point_id
    WHERE coalesce(s.source_id, p.source_id) = ?
    UNION ALL
    SELECT f.flag_from, f.flag_to FROM flags f WHERE f.source_id = ?
)
SELECT DISTINCT b.at
FROM periods, LATERAL (VALUES (periods.starts), (periods.ends)) AS b (at)
WHERE b.at > ? AND b.at < ?
ORDER BY b.at
