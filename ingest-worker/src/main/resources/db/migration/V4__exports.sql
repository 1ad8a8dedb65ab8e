-- Exports: cleaning (calibrations, flags) with an audit trail, export configurations and their watermarks.

-- Bumped in the same transaction as every change to a source's exported data (a file that inserted or
-- changed readings, a calibration or flag change), so an export knows whether it has anything new to write.
ALTER TABLE sources ADD COLUMN data_version bigint NOT NULL DEFAULT 0;

-- Re-calibration applied at export time: value' = slope * x + offset_value, where x is the raw value.
-- When the logger applied its own generic calibration (logger_slope, logger_offset), it is undone first:
-- x = (stored - logger_offset) / logger_slope.
CREATE TABLE calibrations (
    id             serial PRIMARY KEY,
    sensor_id      integer NOT NULL REFERENCES sensors (id),
    valid_from     timestamptz NOT NULL,
    valid_to       timestamptz,                  -- exclusive; NULL: until further notice
    slope          double precision NOT NULL,
    offset_value   double precision NOT NULL,
    logger_slope   double precision,
    logger_offset  double precision,
    reason         text NOT NULL CHECK (reason <> ''),
    changed_by     text NOT NULL DEFAULT session_user,
    changed_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK ((logger_slope IS NULL) = (logger_offset IS NULL)),
    CHECK (logger_slope IS NULL OR logger_slope <> 0)
);
CREATE INDEX calibrations_sensor ON calibrations (sensor_id, valid_from);

-- Bad-data windows: readings of the sensor (or of every sensor of the source) in [flag_from, flag_to)
-- are left out of exports. Stored readings are never changed.
CREATE TABLE flags (
    id          serial PRIMARY KEY,
    source_id   integer NOT NULL REFERENCES sources (id),
    sensor_id   integer REFERENCES sensors (id),   -- NULL: the whole source
    flag_from   timestamptz NOT NULL,
    flag_to     timestamptz NOT NULL,              -- exclusive
    reason      text NOT NULL CHECK (reason <> ''),
    changed_by  text NOT NULL DEFAULT session_user,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (flag_to > flag_from)
);
CREATE INDEX flags_source ON flags (source_id, flag_from);

-- Who changed what, when and why: written by triggers, so changes made by hand in SQL are recorded too.
CREATE TABLE cleaning_changes (
    id          bigserial PRIMARY KEY,
    table_name  text NOT NULL,
    row_id      integer NOT NULL,
    action      text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'truncate')),
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    reason      text,
    old_row     jsonb,
    new_row     jsonb
);

-- Who: the loggerflow.user setting (the CLI's --by, or the OS user), else the database user.
CREATE FUNCTION loggerflow_actor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('loggerflow.user', true), ''), session_user::text)
$$;

CREATE FUNCTION loggerflow_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := loggerflow_actor();
    NEW.changed_at := now();
    RETURN NEW;
END
$$;

-- Records the change and bumps the data version of every source whose export it affects.
CREATE FUNCTION loggerflow_record_cleaning_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    why text := CASE WHEN TG_OP = 'DELETE'
                     THEN coalesce(nullif(current_setting('loggerflow.reason', true), ''), 'deleted')
                     ELSE new_row ->> 'reason' END;
BEGIN
    INSERT INTO cleaning_changes (table_name, row_id, action, changed_by, reason, old_row, new_row)
    VALUES (TG_TABLE_NAME, (coalesce(new_row, old_row) ->> 'id')::int, lower(TG_OP), loggerflow_actor(), why,
            old_row, new_row);
    IF TG_TABLE_NAME = 'calibrations' THEN
        UPDATE sources SET data_version = data_version + 1
        WHERE id IN (SELECT source_id FROM sensors
                     WHERE id IN ((old_row ->> 'sensor_id')::int, (new_row ->> 'sensor_id')::int));
    ELSE
        UPDATE sources SET data_version = data_version + 1
        WHERE id IN ((old_row ->> 'source_id')::int, (new_row ->> 'source_id')::int);
    END IF;
    RETURN NULL;
END
$$;

-- Two calibrations of one sensor must not overlap: which one applies would be ambiguous.
CREATE FUNCTION loggerflow_check_calibration_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Serialises concurrent changes of one sensor's calibrations, so the check below sees them all.
    PERFORM 1 FROM sensors WHERE id = NEW.sensor_id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM calibrations c
               WHERE c.sensor_id = NEW.sensor_id AND c.id <> NEW.id
                 AND tstzrange(c.valid_from, c.valid_to) && tstzrange(NEW.valid_from, NEW.valid_to)) THEN
        RAISE EXCEPTION 'calibration of sensor % from % overlaps an existing calibration of that sensor',
            NEW.sensor_id, NEW.valid_from USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NEW;
END
$$;

-- A flag on one sensor must name a sensor of its source.
CREATE FUNCTION loggerflow_check_flag_sensor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sensor_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sensors WHERE id = NEW.sensor_id AND source_id = NEW.source_id) THEN
        RAISE EXCEPTION 'sensor % is not a sensor of source %', NEW.sensor_id, NEW.source_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER calibrations_stamp BEFORE INSERT OR UPDATE ON calibrations
    FOR EACH ROW EXECUTE FUNCTION loggerflow_stamp_change();
CREATE TRIGGER calibrations_overlap BEFORE INSERT OR UPDATE ON calibrations
    FOR EACH ROW EXECUTE FUNCTION loggerflow_check_calibration_overlap();
CREATE TRIGGER calibrations_audit AFTER INSERT OR UPDATE OR DELETE ON calibrations
    FOR EACH ROW EXECUTE FUNCTION loggerflow_record_cleaning_change();
CREATE TRIGGER flags_stamp BEFORE INSERT OR UPDATE ON flags
    FOR EACH ROW EXECUTE FUNCTION loggerflow_stamp_change();
CREATE TRIGGER flags_sensor BEFORE INSERT OR UPDATE ON flags
    FOR EACH ROW EXECUTE FUNCTION loggerflow_check_flag_sensor();
CREATE TRIGGER flags_audit AFTER INSERT OR UPDATE OR DELETE ON flags
    FOR EACH ROW EXECUTE FUNCTION loggerflow_record_cleaning_change();

-- TRUNCATE skips row triggers: record it, and re-export every source.
CREATE FUNCTION loggerflow_record_cleaning_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cleaning_changes (table_name, row_id, action, changed_by, reason)
    VALUES (TG_TABLE_NAME, 0, 'truncate', loggerflow_actor(),
            coalesce(nullif(current_setting('loggerflow.reason', true), ''), 'truncated'));
    UPDATE sources SET data_version = data_version + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER calibrations_truncate AFTER TRUNCATE ON calibrations
    FOR EACH STATEMENT EXECUTE FUNCTION loggerflow_record_cleaning_truncate();
CREATE TRIGGER flags_truncate AFTER TRUNCATE ON flags
    FOR EACH STATEMENT EXECUTE FUNCTION loggerflow_record_cleaning_truncate();

-- Sensor metadata edited by hand changes an export's files and headers: its source is re-exported.
CREATE FUNCTION loggerflow_sensor_metadata_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE sources SET data_version = data_version + 1 WHERE id = NEW.source_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER sensors_metadata_changed AFTER UPDATE OF name, unit, measurement_type, statistic, height_m,
    orientation_deg, task43_unit ON sensors
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION loggerflow_sensor_metadata_changed();

-- Scheduled exports. A NULL site/logger/table_name selects every value; each source gets its own zip.
CREATE TABLE export_configs (
    name        text PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    site        text,
    logger      text,
    table_name  text,
    range_rule  text NOT NULL DEFAULT 'all' CHECK (range_rule ~ '^(all|last-days:[1-9][0-9]{0,4})$'),
    output_dir  text NOT NULL,
    cron        text NOT NULL DEFAULT '0 2 * * *',
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- What a configuration last wrote for a source: unchanged range and data version mean nothing to do.
CREATE TABLE export_watermarks (
    config_name   text NOT NULL REFERENCES export_configs (name) ON DELETE CASCADE,
    source_id     integer NOT NULL REFERENCES sources (id),
    range_from    timestamptz NOT NULL,
    range_to      timestamptz NOT NULL,
    data_version  bigint NOT NULL,
    zip_path      text NOT NULL,
    zip_bytes     bigint NOT NULL,           -- size and modification time of the zip written, so a zip
    zip_modified_ms bigint NOT NULL,         -- deleted or replaced since is exported again
    readings      bigint NOT NULL,
    exported_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (config_name, source_id)
);
