-- line: the file's line of the reading, so that of two rows of one file with the same stamp the later wins.
CREATE TEMPORARY TABLE readings_staging (
    ts         timestamptz NOT NULL,
    sensor_id  integer NOT NULL,
    value      double precision NOT NULL,
    file_id    bigint NOT NULL,
    line       bigint NOT NULL
) ON COMMIT DROP
