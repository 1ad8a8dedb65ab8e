-- One measurement type's readings of one source, cleaned: a calibration valid at the reading's time is
-- applied (value' = slope * raw + offset, the logger's own calibration undone first when recorded);
-- readings inside a flag window of their sensor or of the whole source are left out.
-- Written so the plan streams: partitions/chunks excluded by the ts range and read in time order (each
-- sorted on its own), cleaning as per-row lookups that keep that order, no sort of the whole result.
SELECT ts, sensor_id, value
FROM (SELECT r.ts,
             r.sensor_id,
             coalesce((SELECT CASE
                                  WHEN c.logger_slope IS NULL THEN c.slope * r.value + c.offset_value
                                  ELSE c.slope * ((r.value - c.logger_offset) / c.logger_slope) + c.offset_value
                              END
                       FROM calibrations c
                       WHERE c.sensor_id = r.sensor_id
                         AND c.valid_from <= r.ts
                         AND (c.valid_to IS NULL OR r.ts < c.valid_to)),
                      r.value) AS value,
             EXISTS (SELECT 1 FROM flags f
                     WHERE f.source_id = ?
                       AND (f.sensor_id IS NULL OR f.sensor_id = r.sensor_id)
                       AND f.flag_from <= r.ts AND r.ts < f.flag_to) AS flagged
      FROM readings r
      WHERE r.sensor_id = ANY (?)
        AND r.ts >= ? AND r.ts < ?
      ORDER BY r.ts, r.sensor_id) AS cleaned
WHERE NOT flagged
ORDER BY ts, sensor_id -- already in this order: the planner adds no sort, but the order is now guaranteed
