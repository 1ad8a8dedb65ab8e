-- A loaded file can be taken back (retract, reimport): its readings are removed and its files row is kept,
-- marked 'retracted', so what happened to it stays visible. A retracted hash no longer counts as loaded
-- (files_loaded_sha256 covers only 'loaded'), so the same content can be imported again.
ALTER TABLE files DROP CONSTRAINT files_status_check;
ALTER TABLE files ADD CONSTRAINT files_status_check
    CHECK (status IN ('loading', 'loaded', 'duplicate', 'failed', 'retracted'));

-- One row per file (or archive member, or table of a file) whose readings were removed, with who, when and
-- why. Audited like calibrations and flags: the same triggers stamp it, record it in cleaning_changes and
-- bump its source's data version, so exports write the source again.
CREATE TABLE retractions (
    id                    serial PRIMARY KEY,
    file_id               bigint NOT NULL REFERENCES files (id),
    source_id             integer NOT NULL REFERENCES sources (id),
    readings_removed      bigint NOT NULL,   -- readings that were still this file's
    readings_overwritten  bigint NOT NULL,   -- readings it wrote that later files had changed since: kept
    reason                text NOT NULL CHECK (reason <> ''),
    changed_by            text NOT NULL DEFAULT session_user,
    changed_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX retractions_file ON retractions (file_id);

CREATE TRIGGER retractions_stamp BEFORE INSERT OR UPDATE ON retractions
    FOR EACH ROW EXECUTE FUNCTION loggerflow_stamp_change();
CREATE TRIGGER retractions_audit AFTER INSERT OR UPDATE OR DELETE ON retractions
    FOR EACH ROW EXECUTE FUNCTION loggerflow_record_cleaning_change();
CREATE TRIGGER retractions_truncate AFTER TRUNCATE ON retractions
    FOR EACH STATEMENT EXECUTE FUNCTION loggerflow_record_cleaning_truncate();
