-- Calibrations and flag windows of the source that touch the range (reported in the export's manifest).
SELECT (SELECT count(*) FROM calibrations c JOIN sensors s ON s.id = c.sensor_id
        WHERE s.source_id = ? AND c.valid_from < ? AND (c.valid_to IS NULL OR c.valid_to > ?)),
       (SELECT count(*) FROM flags f
        WHERE f.source_id = ? AND f.flag_from < ? AND f.flag_to > ?)
