CREATE TEMPORARY TABLE readings_staging (
    ts         timestamptz NOT NULL,
    sensor_id  integer NOT NULL,
    value      double precision NOT NULL,
    file_id    bigint NOT NULL
) ON COMMIT DROP
