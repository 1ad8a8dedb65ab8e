-- A sample of the source's distinct timestamps from a point on, to tell its interval and phase.
SELECT DISTINCT ts FROM readings
WHERE sensor_id = ANY (?) AND ts >= ?
ORDER BY ts
LIMIT 2000
