-- The flag windows over one slice of the export, one row per flagged sensor of the file (a flag of the whole
-- source, of the sensor's measurement point or of the sensor), clipped to the slice, in time order: the
-- exporter skips the readings inside them as they stream. Parameters: the slice's from, to, the file's
-- sensors, the slice's to, from.
SELECT s.id, greatest(f.flag_from, ?) AS flag_from, least(f.flag_to, ?) AS flag_to
FROM flags f
JOIN sensors s ON s.source_id = f.source_id
              AND (s.id = f.sensor_id OR s.point_id = f.point_id OR (f.sensor_id IS NULL AND f.point_id IS NULL))
WHERE s.id = ANY (?)
  AND f.flag_from < ? AND f.flag_to > ?
ORDER BY 2, 1
