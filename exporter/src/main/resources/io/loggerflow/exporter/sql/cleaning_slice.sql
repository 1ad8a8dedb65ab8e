-- The calibration of each of a file's sensors over one slice of the export, a slice in which no calibration
-- starts or ends (the exporter cuts the range at those instants), so what covers the slice's start covers
-- all of it. Parameters: the slice's start (twice), the file's sensors. (Flags: flag_windows.sql.)
-- kind, scale, shift: how the calibration in force (the sensor's own, else its point's) maps the sensor's
-- values, by the sensor's statistic (the field's rules: brightwind's transform, Windographer's child columns):
--   map   avg, min, max, gust, samples, sums: v' = scale * v + shift, where scale = m_c / m_l and
--         shift = c_c - scale * c_l, so that v' = m_c * f + c_c for the logger's v = m_l * f + c_l
--         (without the logger's pair: scale = slope, shift = offset);
--   scale sd and range: a spread takes the scale only, sd' = scale * sd;
--   ti    ti and ti30sec are recomputed from the corrected pair: ti' = sd'/avg' = ti * scale / (scale + shift / avg),
--         avg being the point's stored average (avg_sensor) at the same time;
--   turn  a vane's avg, min, max and samples: v' = (v + direction offset) modulo 360; its sd is unchanged;
--   none  count, availability, quality, text, and sensors without a calibration.
SELECT s.id,
       CASE
           WHEN c.id IS NULL OR s.statistic IN ('count', 'availability', 'quality', 'text') THEN 'none'
           WHEN c.direction_offset IS NOT NULL THEN
               CASE WHEN s.statistic IS NULL OR s.statistic IN ('avg', 'min', 'max', 'median', 'mode') THEN 'turn'
                    ELSE 'none' END
           WHEN s.statistic IN ('sd', 'range') THEN 'scale'
           WHEN s.statistic IN ('ti', 'ti30sec') THEN 'ti'
           ELSE 'map'
       END AS kind,
       coalesce(c.slope / coalesce(c.logger_slope, 1), 1) AS scale,
       coalesce(c.direction_offset,
                c.offset_value - c.slope / coalesce(c.logger_slope, 1) * coalesce(c.logger_offset, 0), 0) AS shift,
       (SELECT a.id FROM sensors a WHERE a.point_id = s.point_id AND a.statistic = 'avg'
        ORDER BY a.id LIMIT 1) AS avg_sensor
FROM sensors s
LEFT JOIN LATERAL (SELECT c.id, c.slope, c.offset_value, c.logger_slope, c.logger_offset, c.direction_offset
                   FROM calibrations c
                   WHERE (c.sensor_id = s.id OR c.point_id = s.point_id)
                     AND c.valid_from <= ? AND (c.valid_to IS NULL OR ? < c.valid_to)
                   ORDER BY c.sensor_id NULLS LAST, c.id
                   LIMIT 1) c ON true
WHERE s.id = ANY (?)
ORDER BY s.id
