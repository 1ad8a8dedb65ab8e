-- The staged readings that change something, marked stored (an update) or not (an insert). Staged readings
-- equal to stored ones are left out: an identical re-send writes, and on TimescaleDB decompresses, nothing.
CREATE TEMPORARY TABLE readings_pending (
    ts         timestamptz NOT NULL,
    sensor_id  integer NOT NULL,
    value      double precision NOT NULL,
    file_id    bigint NOT NULL,
    stored     boolean NOT NULL
) ON COMMIT DROP
