-- Per source: loaded files, readings, the latest reading (from the loaded files' ranges) and gaps in the
-- last ? days before that latest reading. A gap is a step between consecutive stamps longer than the
-- source's usual step; missing_intervals counts the usual steps that fit in the gaps.
WITH last AS (
    SELECT source_id, max(last_ts) AS last_ts, count(*) AS loaded_files, sum(readings) AS readings,
           max(finished_at) AS last_file_at
    FROM files WHERE status = 'loaded' AND source_id IS NOT NULL
    GROUP BY source_id
), stamps AS (
    SELECT s.source_id, r.ts
    FROM readings r
    JOIN sensors s ON s.id = r.sensor_id
    JOIN last l ON l.source_id = s.source_id
    WHERE r.ts > l.last_ts - make_interval(days => ?)
    GROUP BY s.source_id, r.ts
), steps AS (
    SELECT source_id, ts - lag(ts) OVER (PARTITION BY source_id ORDER BY ts) AS step FROM stamps
), usual AS (
    SELECT source_id, mode() WITHIN GROUP (ORDER BY step) AS step FROM steps WHERE step IS NOT NULL GROUP BY source_id
), gaps AS (
    SELECT st.source_id, count(*) AS gaps,
           sum(round(extract(epoch FROM st.step) / extract(epoch FROM u.step))::bigint - 1) AS missing_intervals
    FROM steps st JOIN usual u USING (source_id)
    WHERE st.step > u.step
    GROUP BY st.source_id
)
SELECT src.site, src.logger, src.table_name, src.format,
       coalesce(l.loaded_files, 0) AS loaded_files, coalesce(l.readings, 0) AS readings,
       l.last_ts, l.last_file_at, u.step AS usual_step,
       coalesce(g.gaps, 0) AS gaps, coalesce(g.missing_intervals, 0) AS missing_intervals
FROM sources src
LEFT JOIN last l ON l.source_id = src.id
LEFT JOIN usual u ON u.source_id = src.id
LEFT JOIN gaps g ON g.source_id = src.id
ORDER BY src.site, src.logger, src.table_name
