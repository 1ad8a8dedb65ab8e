-- One measurement type's readings of one source, cleaned: a calibration valid at the reading's time is
-- applied (value' = slope * raw + offset, the logger's own calibration undone first when recorded);
-- readings inside a flag window of their sensor or of the whole source are left out.
-- The (sensor_id, ts) index and partition/chunk exclusion on ts serve the WHERE clause.
SELECT r.ts,
       r.sensor_id,
       CASE
           WHEN c.id IS NULL THEN r.value
           WHEN c.logger_slope IS NULL THEN c.slope * r.value + c.offset_value
           ELSE c.slope * ((r.value - c.logger_offset) / c.logger_slope) + c.offset_value
       END AS value
FROM readings r
LEFT JOIN calibrations c
       ON c.sensor_id = r.sensor_id
      AND r.ts >= c.valid_from
      AND (c.valid_to IS NULL OR r.ts < c.valid_to)
WHERE r.sensor_id = ANY (?)
  AND r.ts >= ? AND r.ts < ?
  AND NOT EXISTS (SELECT 1 FROM flags f
                  WHERE f.source_id = ?
                    AND (f.sensor_id IS NULL OR f.sensor_id = r.sensor_id)
                    AND r.ts >= f.flag_from AND r.ts < f.flag_to)
ORDER BY r.ts, r.sensor_id
