-- One reading per (sensor, stamp) before the merge: of a file's rows with the same stamp, the later line wins.
DELETE FROM readings_staging s
USING readings_staging later
WHERE later.sensor_id = s.sensor_id AND later.ts = s.ts AND later.line > s.line
