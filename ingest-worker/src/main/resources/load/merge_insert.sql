-- Readings the database does not hold yet (checked by fill_pending.sql under the file's source-week locks,
-- so no other loader can have added them since). Inserting into a compressed chunk decompresses nothing.
INSERT INTO readings (ts, sensor_id, value, file_id)
SELECT ts, sensor_id, value, file_id
FROM readings_pending
WHERE NOT stored
