-- Tidy readings: one row per (sensor, timestamp). Missing values are not stored.
-- With the timescaledb extension: a compressed hypertable without a unique key, so COPY can write
-- compressed batches directly; uniqueness is then kept by the loader (per-source lock + overlap merge).
-- Without it: a native range-partitioned table whose primary key enforces uniqueness.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'timescaledb')
       OR (EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb')
           AND current_setting('shared_preload_libraries', true) LIKE '%timescaledb%') THEN
        CREATE EXTENSION IF NOT EXISTS timescaledb;
        CREATE TABLE readings (
            ts         timestamptz NOT NULL,
            sensor_id  integer NOT NULL,
            value      double precision NOT NULL,
            file_id    bigint NOT NULL
        );
        -- 10-minute data: 30-day chunks hold ~4 300 rows per sensor, big enough for good compression.
        PERFORM create_hypertable('readings', by_range('ts', INTERVAL '30 days'), create_default_indexes => false);
        -- Not unique, so direct-to-compressed COPY stays on; serves the overlap check and per-sensor reads.
        CREATE INDEX readings_sensor_ts ON readings (sensor_id, ts);
        ALTER TABLE readings SET (
            timescaledb.compress,
            timescaledb.compress_segmentby = 'sensor_id',
            timescaledb.compress_orderby = 'ts'
        );
        PERFORM add_compression_policy('readings', INTERVAL '7 days');
    ELSE
        CREATE TABLE readings (
            ts         timestamptz NOT NULL,
            sensor_id  integer NOT NULL,
            value      double precision NOT NULL,
            file_id    bigint NOT NULL,
            PRIMARY KEY (sensor_id, ts)
        ) PARTITION BY RANGE (ts);
    END IF;
END
$$;

-- Creates the monthly partitions covering [first_ts, last_ts] (a no-op for a hypertable).
-- Called by the loader in its own short transaction before a file's load transaction.
CREATE FUNCTION loggerflow_ensure_partitions(first_ts timestamptz, last_ts timestamptz) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    month_start timestamp;
    partition_name text;
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = 'readings'::regclass) <> 'p' THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('loggerflow.partitions', 0));
    month_start := date_trunc('month', first_ts AT TIME ZONE 'UTC');
    WHILE month_start <= last_ts AT TIME ZONE 'UTC' LOOP
        partition_name := 'readings_' || to_char(month_start, 'YYYYMM');
        IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF readings FOR VALUES FROM (%L) TO (%L)',
                           partition_name,
                           (month_start AT TIME ZONE 'UTC')::text,
                           ((month_start + INTERVAL '1 month') AT TIME ZONE 'UTC')::text);
        END IF;
        month_start := month_start + INTERVAL '1 month';
    END LOOP;
END
$$;
