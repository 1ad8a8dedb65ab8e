-- After a station import set the source's points: derived points it left without sensors, and with no
-- calibration or flag naming them, are removed (a derived point's deletion is not audited: its derivation
-- was not).
DELETE FROM measurement_points p
WHERE p.source_id = ?
  AND p.derived
  AND NOT EXISTS (SELECT 1 FROM sensors s WHERE s.point_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM calibrations c WHERE c.point_id = p.id)
  AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.point_id = p.id)
