-- Each flag window of the source that touches the range, with the readings it leaves out of the export
-- (a reading under two overlapping flags counts for each). Parameters: from, to, source, to, from.
SELECT f.id, coalesce(s.name, p.name) AS target,
       CASE WHEN f.sensor_id IS NOT NULL THEN 'sensor' WHEN f.point_id IS NOT NULL THEN 'point' ELSE 'source' END,
       f.flag_from, f.flag_to, f.reason,
       (SELECT count(*) FROM readings r
        WHERE r.sensor_id = ANY (ARRAY(SELECT x.id FROM sensors x
                                       WHERE x.source_id = f.source_id
                                         AND (x.id = f.sensor_id OR x.point_id = f.point_id
                                              OR (f.sensor_id IS NULL AND f.point_id IS NULL))))
          AND r.ts >= greatest(f.flag_from, ?) AND r.ts < least(f.flag_to, ?)) AS removed
FROM flags f
LEFT JOIN sensors s ON s.id = f.sensor_id
LEFT JOIN measurement_points p ON p.id = f.point_id
WHERE f.source_id = ? AND f.flag_from < ? AND f.flag_to > ?
ORDER BY f.flag_from, f.id
