-- Latest reading and latest loaded file per source, from the files table (cheap at any data volume).
CREATE VIEW source_freshness AS
SELECT s.id AS source_id, s.site, s.logger, s.table_name,
       max(f.last_ts) AS last_reading,
       max(f.finished_at) AS last_file
FROM sources s
LEFT JOIN files f ON f.source_id = s.id AND f.status = 'loaded'
GROUP BY s.id, s.site, s.logger, s.table_name;

-- Sensor health over the readings of the last p_days days: gaps (steps between consecutive readings at
-- least p_min_gap usual steps longer than the usual step) and flat lines (windows of p_flat_window with at
-- least p_flat_min readings that all have the same value, i.e. zero variance).
CREATE FUNCTION loggerflow_sensor_health(p_days integer, p_min_gap integer, p_flat_window interval, p_flat_min integer)
RETURNS TABLE (source_id integer, sensor_id integer, sensor text, readings bigint, last_reading timestamptz,
               usual_step interval, gaps bigint, missing_intervals bigint, flat_windows bigint)
LANGUAGE sql STABLE AS $$
    WITH recent AS (
        SELECT r.sensor_id, r.ts, r.value FROM readings r WHERE r.ts > now() - make_interval(days => p_days)
    ), steps AS (
        SELECT r.sensor_id, r.ts - lag(r.ts) OVER (PARTITION BY r.sensor_id ORDER BY r.ts) AS step FROM recent r
    ), usual AS (
        SELECT st.sensor_id, mode() WITHIN GROUP (ORDER BY st.step) AS step
        FROM steps st WHERE st.step IS NOT NULL GROUP BY st.sensor_id
    ), gap AS (
        SELECT st.sensor_id, count(*) AS gaps,
               sum(round(extract(epoch FROM st.step) / extract(epoch FROM u.step))::bigint - 1) AS missing
        FROM steps st JOIN usual u ON u.sensor_id = st.sensor_id
        WHERE round(extract(epoch FROM st.step) / extract(epoch FROM u.step)) - 1 >= p_min_gap
        GROUP BY st.sensor_id
    ), flat AS (
        SELECT b.sensor_id, count(*) AS windows
        FROM (SELECT r.sensor_id, date_bin(p_flat_window, r.ts, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS w,
                     count(*) AS n, min(r.value) AS lo, max(r.value) AS hi
              FROM recent r GROUP BY 1, 2) b
        JOIN sensors s ON s.id = b.sensor_id
        WHERE b.n >= p_flat_min AND b.lo = b.hi
          -- zero irradiance at night and zero rain in dry weather are real values, not stuck sensors
          AND NOT (b.lo = 0 AND coalesce(s.measurement_type, '') IN ('global_horizontal_irradiance',
              'direct_normal_irradiance', 'diffuse_horizontal_irradiance', 'global_tilted_irradiance',
              'global_normal_irradiance', 'precipitation', 'illuminance'))
        GROUP BY b.sensor_id
    ), stats AS (
        SELECT r.sensor_id, count(*) AS readings, max(r.ts) AS last_ts FROM recent r GROUP BY r.sensor_id
    )
    SELECT s.source_id, s.id, s.name, st.readings, st.last_ts, u.step, coalesce(g.gaps, 0),
           coalesce(g.missing, 0), coalesce(f.windows, 0)
    FROM sensors s
    JOIN stats st ON st.sensor_id = s.id
    LEFT JOIN usual u ON u.sensor_id = s.id
    LEFT JOIN gap g ON g.sensor_id = s.id
    LEFT JOIN flat f ON f.sensor_id = s.id
$$;
