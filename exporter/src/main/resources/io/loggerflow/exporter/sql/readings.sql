-- One measurement type's readings of one source when no calibration or flag touches the export's range:
-- the per-row cleaning lookups are skipped. Partitions/chunks outside the range are excluded and each is
-- read in time order (sorted on its own), so the result streams without a sort of the whole range.
SELECT r.ts, r.sensor_id, r.value
FROM readings r
WHERE r.sensor_id = ANY (?)
  AND r.ts >= ? AND r.ts < ?
ORDER BY r.ts, r.sensor_id
