-- A source's established step: the most frequent step between its latest stored stamps (the latest 20
-- readings of each of its sensors, so a sensor with gaps does not decide it). Trusted when seen twice.
WITH source_sensors AS (
    SELECT s.id
    FROM sensors s JOIN sources src ON src.id = s.source_id
    WHERE src.site = ? AND src.logger = ? AND src.table_name = ?
), latest AS (
    SELECT DISTINCT r.ts
    FROM source_sensors ss
    CROSS JOIN LATERAL (SELECT ts FROM readings WHERE sensor_id = ss.id ORDER BY ts DESC LIMIT 20) r
), steps AS (
    SELECT ts - lag(ts) OVER (ORDER BY ts) AS step FROM latest
)
SELECT CAST(extract(epoch FROM step) * 1000 AS bigint) AS step_ms
FROM steps
WHERE step IS NOT NULL
GROUP BY step
HAVING count(*) >= 2
ORDER BY count(*) DESC, step
LIMIT 1
