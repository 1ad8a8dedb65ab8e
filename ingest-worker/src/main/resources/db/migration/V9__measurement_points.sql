-- Cleaning per measurement point: the columns of one instrument (WS_80m_Avg, _Std, _Max, _Min, _Gust, _TI)
-- form one point (IEA Task 43 measurement_point); calibrations and flags may name a point, and a vane's
-- orientation is corrected by a direction offset applied modulo 360. Stored readings are never changed.

-- A point groups the sensors of one measurement; height, orientation and calibrations belong to it.
-- Derived from the column names when a sensor is registered (derived = true); edited by the CLI, by SQL
-- or by a Task 43 station import (derived = false). Edits are audited in cleaning_changes.
CREATE TABLE measurement_points (
    id                serial PRIMARY KEY,
    source_id         integer NOT NULL REFERENCES sources (id),
    name              text NOT NULL CHECK (name <> ''),   -- the columns' common stem, e.g. WS_80m
    measurement_type  text,                               -- Task 43 measurement_type_id
    height_m          double precision,
    orientation_deg   double precision,
    derived           boolean NOT NULL DEFAULT false,
    reason            text,
    changed_by        text NOT NULL DEFAULT session_user,
    changed_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, name)
);

ALTER TABLE sensors ADD COLUMN point_id integer REFERENCES measurement_points (id);
CREATE INDEX sensors_point ON sensors (point_id);

-- The stem of a column name: the name without its statistic suffix (_Avg, _Std, " SD", Std...), when the
-- sensor has a statistic; the whole name otherwise. The suffixes are those of the parsers' statistics rules.
CREATE FUNCTION loggerflow_point_stem(sensor_name text, statistic text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
               WHEN statistic IS NULL THEN sensor_name
               WHEN sensor_name ~* '[ _.-]+(avg|average|mean|std\.? ?dev\.?|stdev|stddev|std|sd|sigma|max|maximum|min|minimum|gust|ti|ti30sec|tot|total|sum|count|median|mode|range)$'
                   THEN coalesce(nullif(regexp_replace(sensor_name,
                       '[ _.-]+(avg|average|mean|std\.? ?dev\.?|stdev|stddev|std|sd|sigma|max|maximum|min|minimum|gust|ti|ti30sec|tot|total|sum|count|median|mode|range)$',
                       '', 'i'), ''), sensor_name)
               -- camel case, as NRG and Kintech names run: Spd80mNStd, Spd80mNMax
               ELSE regexp_replace(sensor_name, '([A-Za-z0-9])(Avg|Std|SD|Max|Min|Tot|Gust|TI)$', '\1')
           END
$$;

-- Puts a sensor on the point of its stem, creating the point (with the sensor's type, height and orientation)
-- when the source has none of that name. A stem already taken by a point of another measurement type
-- gets a point of the sensor's full name instead.
CREATE FUNCTION loggerflow_assign_point(sensor integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    s sensors%ROWTYPE;
    stem text;
    point integer;
    point_type text;
BEGIN
    SELECT * INTO s FROM sensors WHERE id = sensor;
    stem := loggerflow_point_stem(s.name, s.statistic);
    SELECT id, measurement_type INTO point, point_type
    FROM measurement_points WHERE source_id = s.source_id AND name = stem;
    IF point IS NOT NULL AND point_type IS NOT NULL AND s.measurement_type IS NOT NULL
       AND point_type <> s.measurement_type THEN
        stem := s.name;
        point := NULL;
        SELECT id INTO point FROM measurement_points WHERE source_id = s.source_id AND name = stem;
    END IF;
    IF point IS NULL THEN
        INSERT INTO measurement_points (source_id, name, measurement_type, height_m, orientation_deg, derived, reason)
        VALUES (s.source_id, stem, s.measurement_type, s.height_m, s.orientation_deg, true, 'derived from the column names')
        ON CONFLICT (source_id, name) DO NOTHING
        RETURNING id INTO point;
        IF point IS NULL THEN -- registered meanwhile by a concurrent load of the same source
            SELECT id INTO point FROM measurement_points WHERE source_id = s.source_id AND name = stem;
        END IF;
    END IF;
    UPDATE sensors SET point_id = point WHERE id = sensor;
    RETURN point;
END
$$;

-- Every sensor registered so far gets its point.
SELECT loggerflow_assign_point(id) FROM sensors WHERE point_id IS NULL ORDER BY id;

-- New sensors get theirs when registered. AFTER INSERT fires only for rows really inserted, so a file whose
-- sensors are all known (the usual case) pays nothing; a point set in the insert itself is kept.
CREATE FUNCTION loggerflow_sensor_registered() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM loggerflow_assign_point(NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER sensors_point_derived AFTER INSERT ON sensors
    FOR EACH ROW WHEN (NEW.point_id IS NULL) EXECUTE FUNCTION loggerflow_sensor_registered();

-- Calibrations name a sensor (one column, as before: existing rows keep their meaning) or a point (all its
-- columns, each by its statistic), and are linear (slope/offset, with the logger's own pair when given) or,
-- on a wind direction, a direction offset in degrees (the vane's dead-band orientation minus the logger's
-- offset), added modulo 360.
ALTER TABLE calibrations
    ALTER COLUMN sensor_id DROP NOT NULL,
    ALTER COLUMN slope DROP NOT NULL,
    ALTER COLUMN offset_value DROP NOT NULL,
    ADD COLUMN point_id integer REFERENCES measurement_points (id),
    ADD COLUMN direction_offset double precision,
    ADD CONSTRAINT calibrations_one_target CHECK ((sensor_id IS NULL) <> (point_id IS NULL)),
    ADD CONSTRAINT calibrations_linear_or_direction CHECK (
        (direction_offset IS NULL AND slope IS NOT NULL AND offset_value IS NOT NULL)
        OR (direction_offset IS NOT NULL AND slope IS NULL AND offset_value IS NULL AND logger_slope IS NULL));
CREATE INDEX calibrations_point ON calibrations (point_id, valid_from);

-- Flags name the whole source (sensor and point NULL), one point (every statistic of it) or one sensor.
ALTER TABLE flags
    ADD COLUMN point_id integer REFERENCES measurement_points (id),
    ADD CONSTRAINT flags_one_scope CHECK (sensor_id IS NULL OR point_id IS NULL);

-- Two calibrations covering one sensor must not overlap in time (which applies would be ambiguous), whether
-- they name the sensor or its point; a vane takes only a direction offset, any other sensor only a linear map.
CREATE OR REPLACE FUNCTION loggerflow_check_calibration_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target_name text;
    target_type text;
    point integer;
BEGIN
    IF NEW.sensor_id IS NOT NULL THEN
        -- Serialises concurrent changes of one sensor's calibrations, so the check below sees them all.
        SELECT name, measurement_type, point_id INTO target_name, target_type, point
        FROM sensors WHERE id = NEW.sensor_id FOR UPDATE;
    ELSE
        point := NEW.point_id;
        -- A point derived before its sensors' type was known takes the type of its sensors.
        SELECT p.name, coalesce(p.measurement_type,
                                (SELECT min(s.measurement_type) FROM sensors s WHERE s.point_id = p.id))
        INTO target_name, target_type
        FROM measurement_points p WHERE p.id = point;
    END IF;
    -- Point and sensor calibrations of one point serialise on the point's row.
    PERFORM 1 FROM measurement_points WHERE id = point FOR UPDATE;
    IF NEW.slope IS NOT NULL AND target_type = 'wind_direction'
       AND (TG_OP = 'INSERT' OR OLD.slope IS DISTINCT FROM NEW.slope OR OLD.offset_value IS DISTINCT FROM NEW.offset_value
            OR OLD.logger_slope IS DISTINCT FROM NEW.logger_slope OR OLD.sensor_id IS DISTINCT FROM NEW.sensor_id
            OR OLD.point_id IS DISTINCT FROM NEW.point_id) THEN
        RAISE EXCEPTION '% is a wind direction: a linear calibration would take directions past 360; correct a vane '
            'with a direction offset instead (calibration add --direction-offset DEGREES), added modulo 360 to its '
            'avg/min/max and never to its sd', target_name USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.direction_offset IS NOT NULL AND target_type IS DISTINCT FROM 'wind_direction' THEN
        RAISE EXCEPTION 'a direction offset applies to a wind direction, and % is a % measurement', target_name,
            coalesce(target_type, 'unknown') USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM calibrations c
               WHERE c.id <> NEW.id
                 AND tstzrange(c.valid_from, c.valid_to) && tstzrange(NEW.valid_from, NEW.valid_to)
                 AND (c.point_id = NEW.point_id
                      OR EXISTS (SELECT 1 FROM sensors s
                                 WHERE (s.id = c.sensor_id OR s.point_id = c.point_id)
                                   AND (s.id = NEW.sensor_id OR s.point_id = NEW.point_id)))) THEN
        RAISE EXCEPTION 'calibration of % from % overlaps an existing calibration of that sensor or point',
            target_name, NEW.valid_from USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NEW;
END
$$;

-- A flag on one sensor or point must name a sensor or point of its source.
CREATE OR REPLACE FUNCTION loggerflow_check_flag_sensor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.sensor_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM sensors WHERE id = NEW.sensor_id AND source_id = NEW.source_id) THEN
        RAISE EXCEPTION 'sensor % is not a sensor of source %', NEW.sensor_id, NEW.source_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NEW.point_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM measurement_points WHERE id = NEW.point_id AND source_id = NEW.source_id) THEN
        RAISE EXCEPTION 'point % is not a measurement point of source %', NEW.point_id, NEW.source_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;

-- Records the change and bumps the data version of every source whose export it affects. A point derived
-- when its first sensor is registered is no one's change (the file that brought the sensor is in files) and
-- changes no export by itself (the file's readings bump the version): it is neither recorded nor bumped here.
CREATE OR REPLACE FUNCTION loggerflow_record_cleaning_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    why text := CASE WHEN TG_OP = 'DELETE'
                     THEN coalesce(nullif(current_setting('loggerflow.reason', true), ''), 'deleted')
                     ELSE coalesce(new_row ->> 'reason', nullif(current_setting('loggerflow.reason', true), ''))
                END;
BEGIN
    INSERT INTO cleaning_changes (table_name, row_id, action, changed_by, reason, old_row, new_row)
    VALUES (TG_TABLE_NAME, (coalesce(new_row, old_row) ->> 'id')::int, lower(TG_OP), loggerflow_actor(), why,
            old_row, new_row);
    IF TG_TABLE_NAME = 'calibrations' THEN
        UPDATE sources SET data_version = data_version + 1
        WHERE id IN (SELECT source_id FROM sensors
                     WHERE id IN ((old_row ->> 'sensor_id')::int, (new_row ->> 'sensor_id')::int)
                     UNION
                     SELECT source_id FROM measurement_points
                     WHERE id IN ((old_row ->> 'point_id')::int, (new_row ->> 'point_id')::int));
    ELSE
        UPDATE sources SET data_version = data_version + 1
        WHERE id IN ((old_row ->> 'source_id')::int, (new_row ->> 'source_id')::int);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER measurement_points_stamp BEFORE INSERT OR UPDATE ON measurement_points
    FOR EACH ROW EXECUTE FUNCTION loggerflow_stamp_change();
CREATE TRIGGER measurement_points_audit_insert AFTER INSERT ON measurement_points
    FOR EACH ROW WHEN (NOT NEW.derived) EXECUTE FUNCTION loggerflow_record_cleaning_change();
CREATE TRIGGER measurement_points_audit AFTER UPDATE ON measurement_points
    FOR EACH ROW EXECUTE FUNCTION loggerflow_record_cleaning_change();
-- A derived point removed with its source's sensors leaves no trace, as its derivation left none.
CREATE TRIGGER measurement_points_audit_delete AFTER DELETE ON measurement_points
    FOR EACH ROW WHEN (NOT OLD.derived) EXECUTE FUNCTION loggerflow_record_cleaning_change();
-- A sensor moved to another point is an edit of the points (its first assignment, at registration, is not).
CREATE TRIGGER sensors_point_changed AFTER UPDATE OF point_id ON sensors
    FOR EACH ROW WHEN (OLD.point_id IS NOT NULL AND OLD.point_id IS DISTINCT FROM NEW.point_id)
    EXECUTE FUNCTION loggerflow_record_cleaning_change();

-- The export's arithmetic, kept small and inlinable (IMMUTABLE SQL functions).
-- A direction turned by an offset, modulo 360: the result stays in [0, 360) (350 + 20 gives 10).
CREATE FUNCTION loggerflow_turn(direction double precision, offset_deg double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (direction + offset_deg) - 360 * floor((direction + offset_deg) / 360)
$$;

-- Turbulence intensity recomputed from the corrected pair: with sd' = scale * sd and avg' = scale * avg + shift,
-- ti' = sd' / avg' = ti * scale / (scale + shift / avg). NULL (left out) when the average is missing or zero.
CREATE FUNCTION loggerflow_corrected_ti(ti double precision, scale double precision, shift double precision,
                                        average double precision) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ti * scale / nullif(scale + shift / nullif(average, 0), 0)
$$;
