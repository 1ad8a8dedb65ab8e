-- TimescaleDB, before a changed range is replaced (merge_replace_delete.sql): the stored readings of the changed
-- sensors in that range that stay as they are, to be written back with the file they came from.
CREATE TEMPORARY TABLE readings_kept (
    ts         timestamptz NOT NULL,
    sensor_id  integer NOT NULL,
    value      double precision NOT NULL,
    file_id    bigint NOT NULL
) ON COMMIT DROP
