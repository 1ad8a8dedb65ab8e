-- The instants inside the range at which a calibration of the source starts or ends: the exporter cuts the
-- range there, so that inside each slice the same calibrations apply throughout. Flags do not cut it: their
-- windows are skipped as the readings stream (flag_windows.sql), so a short flag costs no extra query.
-- Parameters: source, from, to.
WITH periods AS (
    SELECT c.valid_from AS starts, c.valid_to AS ends
    FROM calibrations c
    LEFT JOIN sensors s ON s.id = c.sensor_id
    LEFT JOIN measurement_points p ON p.id = c.point_id
    WHERE coalesce(s.source_id, p.source_id) = ?
)
SELECT DISTINCT b.at
FROM periods, LATERAL (VALUES (periods.starts), (periods.ends)) AS b (at)
WHERE b.at > ? AND b.at < ?
ORDER BY b.at
