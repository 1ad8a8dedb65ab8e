-- The start of a file's load transaction in one round trip. A day file's fixed cost was a dozen statements
-- before its COPY (locks, the duplicate check, source and sensor registration, its files row, the overlap
-- check); on a busy machine each round trip waits for the backend to be scheduled, and these waits, not the
-- statements' work, made most of the cost. The function runs the same statements in the same order, in the
-- caller's transaction: every lock is still held until its commit.
--
-- Returns the id of a loaded file with the same content (then nothing else was done: the caller rolls back),
-- or the source, the new files row (status loading), the sensor id of each channel in channel order and
-- whether the range touches stored readings of those sensors (only checked when p_check_overlap).
CREATE FUNCTION loggerflow_begin_file_load(
    p_hypertable boolean, p_sha256 text,
    p_site text, p_logger text, p_table text, p_model text, p_serial text, p_format text,
    p_by_day boolean, p_first_week bigint, p_last_week bigint, p_first_day bigint, p_last_day bigint,
    p_names text[], p_units text[], p_logger_statistics text[], p_types text[], p_statistics text[],
    p_heights float8[], p_orientations float8[], p_task43_units text[],
    p_skipped_names text[], p_skipped_reasons text[],
    p_path text, p_name text, p_size bigint, p_parent_id bigint, p_job_id uuid, p_started_at timestamptz,
    p_first_ts timestamptz, p_last_ts timestamptz, p_check_overlap boolean,
    OUT loaded_id bigint, OUT source_id integer, OUT file_id bigint, OUT sensor_ids integer[],
    OUT overlapping boolean)
LANGUAGE plpgsql AS $$
DECLARE
    known sources%ROWTYPE;
BEGIN
    IF p_hypertable THEN -- see load/lock_loading_shared.sql: first, as every load into a hypertable takes it
        PERFORM pg_advisory_xact_lock_shared(hashtextextended('loggerflow.recompression', 0));
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('sha256:' || p_sha256, 0));
    SELECT f.id INTO loaded_id FROM files f WHERE f.sha256 = p_sha256 AND f.status = 'loaded';
    IF loaded_id IS NOT NULL THEN
        RETURN;
    END IF;

    -- The source, registered if new. Looked up first: an insert that conflicts with the source's row waits
    -- for any transaction that updated it (every load bumps its data version before commit), and each
    -- attempt would use up a sequence value. An existing source is only updated (and row-locked) when the
    -- file tells something new about it, so files of one source load side by side.
    SELECT * INTO known FROM sources s WHERE s.site = p_site AND s.logger = p_logger AND s.table_name = p_table;
    IF NOT FOUND THEN
        INSERT INTO sources (site, logger, table_name, model, serial, format)
        VALUES (p_site, p_logger, p_table, p_model, p_serial, p_format)
        ON CONFLICT (site, logger, table_name) DO NOTHING
        RETURNING id INTO source_id;
        IF source_id IS NULL THEN -- another transaction registered it meanwhile (a new statement sees it)
            SELECT * INTO STRICT known FROM sources s
            WHERE s.site = p_site AND s.logger = p_logger AND s.table_name = p_table;
        END IF;
    END IF;
    IF source_id IS NULL THEN
        source_id := known.id;
        IF (known.model IS NULL AND p_model IS NOT NULL) OR (known.serial IS NULL AND p_serial IS NOT NULL)
           OR known.format IS DISTINCT FROM p_format THEN
            UPDATE sources SET model = coalesce(p_model, model), serial = coalesce(p_serial, serial),
                               format = p_format
            WHERE id = source_id;
        END IF;
    END IF;

    -- Files of one source whose ranges could overlap must not load at once (overlap check, then COPY or
    -- merge): a file takes the source's locks of every UTC week it touches, ascending (no deadlock), with the
    -- keys of load/lock_weeks.sql, which a retraction takes too. A day file (p_by_day) shares the week locks
    -- and takes its days' locks alone, weeks before days: day files of one source load side by side, while a
    -- longer file still waits for them and they for it.
    IF p_by_day THEN
        PERFORM count(pg_advisory_xact_lock_shared(
                    hashtextextended('source:' || CAST(source_id AS text) || ':week:' || week, 0)))
        FROM generate_series(p_first_week, p_last_week) AS week;
        PERFORM pg_advisory_xact_lock(hashtextextended('source:' || CAST(source_id AS text) || ':day:' || day, 0))
        FROM generate_series(p_first_day, p_last_day) AS day
        ORDER BY day;
    ELSE
        PERFORM pg_advisory_xact_lock(hashtextextended('source:' || CAST(source_id AS text) || ':week:' || week, 0))
        FROM generate_series(p_first_week, p_last_week) AS week
        ORDER BY week;
    END IF;

    -- Every channel registered; an existing sensor is left alone (and not locked) unless the file fills
    -- metadata that is still NULL: metadata set by an earlier file or by hand is kept.
    INSERT INTO sensors (source_id, name, unit, logger_statistic, measurement_type, statistic, height_m,
                         orientation_deg, task43_unit)
    SELECT source_id, c.name, c.unit, c.logger_statistic, c.measurement_type, c.statistic, c.height_m,
           c.orientation_deg, c.task43_unit
    FROM unnest(p_names, p_units, p_logger_statistics, p_types, p_statistics, p_heights, p_orientations,
                p_task43_units) WITH ORDINALITY
         AS c (name, unit, logger_statistic, measurement_type, statistic, height_m, orientation_deg, task43_unit,
               ord)
    -- only the new ones: each insert attempt would use up a value of the sensors' id sequence (an int)
    WHERE NOT EXISTS (SELECT 1 FROM sensors k WHERE k.source_id = loggerflow_begin_file_load.source_id
                                              AND k.name = c.name)
    -- ids in the file's column order, which exports follow: an anti-join (PostgreSQL 16 may hash the channels
    -- as the inner side) does not keep the channels' order by itself
    ORDER BY c.ord
    ON CONFLICT ON CONSTRAINT sensors_source_id_name_key DO NOTHING;
    UPDATE sensors s
    SET unit = coalesce(s.unit, c.unit),
        logger_statistic = coalesce(s.logger_statistic, c.logger_statistic),
        measurement_type = coalesce(s.measurement_type, c.measurement_type),
        statistic = coalesce(s.statistic, c.statistic),
        height_m = coalesce(s.height_m, c.height_m),
        orientation_deg = coalesce(s.orientation_deg, c.orientation_deg),
        task43_unit = coalesce(s.task43_unit, c.task43_unit)
    FROM unnest(p_names, p_units, p_logger_statistics, p_types, p_statistics, p_heights, p_orientations,
                p_task43_units)
         AS c (name, unit, logger_statistic, measurement_type, statistic, height_m, orientation_deg, task43_unit)
    WHERE s.source_id = loggerflow_begin_file_load.source_id AND s.name = c.name
      AND ((s.unit IS NULL AND c.unit IS NOT NULL)
        OR (s.logger_statistic IS NULL AND c.logger_statistic IS NOT NULL)
        OR (s.measurement_type IS NULL AND c.measurement_type IS NOT NULL)
        OR (s.statistic IS NULL AND c.statistic IS NOT NULL)
        OR (s.height_m IS NULL AND c.height_m IS NOT NULL)
        OR (s.orientation_deg IS NULL AND c.orientation_deg IS NOT NULL)
        OR (s.task43_unit IS NULL AND c.task43_unit IS NOT NULL));
    SELECT array_agg(s.id ORDER BY c.ord) INTO sensor_ids
    FROM unnest(p_names) WITH ORDINALITY AS c (name, ord)
    JOIN sensors s ON s.source_id = loggerflow_begin_file_load.source_id AND s.name = c.name;

    -- The source's columns that are not measurements, listed once.
    IF cardinality(p_skipped_names) > 0 THEN
        INSERT INTO source_skipped_columns (source_id, name, reason)
        SELECT loggerflow_begin_file_load.source_id, c.name, c.reason
        FROM unnest(p_skipped_names, p_skipped_reasons) AS c (name, reason)
        ON CONFLICT ON CONSTRAINT source_skipped_columns_pkey DO UPDATE SET reason = EXCLUDED.reason
        WHERE source_skipped_columns.reason IS DISTINCT FROM EXCLUDED.reason;
    END IF;

    INSERT INTO files (path, name, size_bytes, sha256, status, format, source_id, parent_id, job_id, started_at,
                       site)
    VALUES (p_path, p_name, p_size, p_sha256, 'loading', p_format, source_id, p_parent_id, p_job_id, p_started_at,
            p_site)
    RETURNING id INTO file_id;

    -- Does the range touch readings its sensors already have? If not, COPY goes straight in.
    overlapping := p_check_overlap AND EXISTS (
        SELECT 1 FROM readings r
        WHERE r.sensor_id = ANY (sensor_ids) AND r.ts BETWEEN p_first_ts AND p_last_ts);
END
$$;
