COPY readings (ts, sensor_id, value, file_id) FROM STDIN (FORMAT binary)
