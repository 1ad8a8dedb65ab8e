-- One file's readings of one source over a slice of the export, as stored: the exporter asks only for the
-- sensors the slice keeps (flagged ones are left out) and maps calibrated values as the rows stream.
-- Partitions/chunks outside the range are excluded and each is read in time order (sorted on its own), so
-- the result streams without a sort of the whole range.
SELECT r.ts, r.sensor_id, r.value
FROM readings r
WHERE r.sensor_id = ANY (?)
  AND r.ts >= ? AND r.ts < ?
ORDER BY r.ts, r.sensor_id
