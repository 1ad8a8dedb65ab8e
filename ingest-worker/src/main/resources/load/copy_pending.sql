-- The readings of a file that differ from the stored ones (compared on the loader's side), marked stored
-- (an update) or not (an insert).
COPY readings_pending (ts, sensor_id, value, file_id, stored) FROM STDIN (FORMAT binary)
