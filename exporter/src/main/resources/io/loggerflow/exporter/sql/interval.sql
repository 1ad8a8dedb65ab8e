-- The most common step between the source's first distinct timestamps (ties: the shorter step).
SELECT extract(epoch FROM step)::bigint AS seconds
FROM (SELECT ts - lag(ts) OVER (ORDER BY ts) AS step
      FROM (SELECT DISTINCT ts FROM readings
            WHERE sensor_id = ANY (?) AND ts >= ?
            ORDER BY ts LIMIT 2000) AS first_stamps) AS steps
WHERE step > interval '0'
GROUP BY step
ORDER BY count(*) DESC, step
LIMIT 1
