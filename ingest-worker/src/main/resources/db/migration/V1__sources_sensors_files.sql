-- A source is one logger table at one site: two sites whose loggers share a name never collide.
CREATE TABLE sources (
    id          serial PRIMARY KEY,
    site        text NOT NULL,
    logger      text NOT NULL,
    table_name  text NOT NULL DEFAULT '',
    model       text,
    serial      text,
    format      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site, logger, table_name)
);

-- One sensor per source and raw column name. The Task 43 columns stay NULL until they can be derived or set.
CREATE TABLE sensors (
    id                serial PRIMARY KEY,
    source_id         integer NOT NULL REFERENCES sources (id),
    name              text NOT NULL,
    unit              text,              -- the unit as the logger wrote it
    logger_statistic  text,              -- the processing as the logger wrote it (TOA5: Avg, Std, Max, WVc...)
    -- IEA Wind Task 43 metadata, derived from the header and the column name (parsers' metadata rules);
    -- NULL where it cannot be derived. Values set by hand are never overwritten by later files.
    measurement_type  text,              -- measurement_type_id: wind_speed, wind_direction, air_temperature...
    statistic         text,              -- statistic_type_id: avg, sd, min, max, gust, ti...
    height_m          double precision,
    orientation_deg   double precision,
    task43_unit       text,              -- measurement_units_id: m/s, deg, deg_C, hPa, V, W/m^2...
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, name)
);

-- One row per input file and attempt: the source of truth for "was this file loaded".
CREATE TABLE files (
    id             bigserial PRIMARY KEY,
    path           text NOT NULL,
    name           text NOT NULL,
    size_bytes     bigint NOT NULL,
    sha256         text NOT NULL,
    site           text,                           -- the site it was imported for
    status         text NOT NULL CHECK (status IN ('loading', 'loaded', 'duplicate', 'failed')),
    reason         text,
    format         text,
    source_id      integer REFERENCES sources (id),
    duplicate_of   bigint REFERENCES files (id),
    parent_id      bigint REFERENCES files (id),   -- the archive a member came from
    members        integer,                        -- for an archive: files extracted from it
    data_rows      bigint,
    readings       bigint,               -- values loaded (missing values are not stored)
    readings_inserted bigint,
    readings_updated  bigint,
    skipped_rows   bigint,                         -- rows left out for a bad cell (bad-rows = skip); reason says why
    first_ts       timestamptz,
    last_ts        timestamptz,
    job_id         uuid,
    archived_path  text,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    parse_ms       bigint,
    load_ms        bigint
);
-- A content hash is loaded at most once; a re-sent file is recorded as a duplicate of it.
CREATE UNIQUE INDEX files_loaded_sha256 ON files (sha256) WHERE status = 'loaded';
CREATE INDEX files_status ON files (status, id);
CREATE INDEX files_job ON files (job_id);
CREATE INDEX files_parent ON files (parent_id) WHERE parent_id IS NOT NULL;
