-- Rows of the file whose stamp an earlier row of the file already had: identical to that row (a repeated
-- row, e.g. LoggerNet re-collecting a block) or not (a clock set back: the same stamp with other values).
-- A row is its line's readings; rows whose values are all missing have none and are not compared.
WITH file_rows AS (
    SELECT ts, line, array_agg(sensor_id ORDER BY sensor_id) AS sensors, array_agg(value ORDER BY sensor_id) AS vals
    FROM readings_staging
    GROUP BY ts, line
), compared AS (
    SELECT line, sensors, vals,
           lag(sensors) OVER w AS earlier_sensors, lag(vals) OVER w AS earlier_vals
    FROM file_rows
    WINDOW w AS (PARTITION BY ts ORDER BY line)
)
SELECT count(*) FILTER (WHERE sensors = earlier_sensors AND vals = earlier_vals) AS repeated,
       count(*) FILTER (WHERE NOT (sensors = earlier_sensors AND vals = earlier_vals)) AS conflicting,
       (array_agg(line ORDER BY line) FILTER (WHERE NOT (sensors = earlier_sensors AND vals = earlier_vals)))[1:5]
           AS first_conflicting_lines
FROM compared
WHERE earlier_sensors IS NOT NULL
