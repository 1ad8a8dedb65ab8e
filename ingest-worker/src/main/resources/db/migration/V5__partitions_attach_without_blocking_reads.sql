-- CREATE TABLE ... PARTITION OF takes an ACCESS EXCLUSIVE lock on readings: a file needing a new month
-- would wait for every running export (and queue all other readers behind it). Creating the month as a
-- plain table and attaching it only takes SHARE UPDATE EXCLUSIVE on readings, which reads and writes do not
-- conflict with. The primary key's index is created on the empty partition by ATTACH.
CREATE OR REPLACE FUNCTION loggerflow_ensure_partitions(first_ts timestamptz, last_ts timestamptz) RETURNS void
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
            EXECUTE format('CREATE TABLE %I (LIKE readings INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition_name);
            EXECUTE format('ALTER TABLE readings ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                           partition_name,
                           (month_start AT TIME ZONE 'UTC')::text,
                           ((month_start + INTERVAL '1 month') AT TIME ZONE 'UTC')::text);
        END IF;
        month_start := month_start + INTERVAL '1 month';
    END LOOP;
END
$$;
