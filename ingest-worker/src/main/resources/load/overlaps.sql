-- Does the file's time range touch readings its sensors already have? If not, COPY goes straight in.
SELECT EXISTS (
    SELECT 1 FROM readings
    WHERE sensor_id = ANY (?) AND ts BETWEEN ? AND ?
)
