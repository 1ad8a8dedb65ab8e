-- A file loads its good rows: what was left out, and what was loaded but is worth knowing, is kept with it.
ALTER TABLE files
    ADD COLUMN skipped jsonb,          -- the first rows left out: [{"line", "column", "reason", "kind"}]
    ADD COLUMN notes jsonb,            -- e.g. ["clock stepped back 2 min at line 80", "3 repeated rows stored once"]
    ADD COLUMN repeated_rows bigint;   -- rows identical to an earlier row of the file with the same stamp

-- Columns of a source that are not measurements (times of max/min, text, bit fields): listed once per source.
CREATE TABLE source_skipped_columns (
    source_id  integer NOT NULL REFERENCES sources (id),
    name       text NOT NULL,
    reason     text NOT NULL,
    PRIMARY KEY (source_id, name)
);
