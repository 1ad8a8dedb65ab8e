-- When each export configuration last ran, kept in the database so that an overdue export is seen even by a
-- worker that restarted since (its counters start again from nothing).
ALTER TABLE export_configs
    ADD COLUMN last_run_at      timestamptz,
    ADD COLUMN last_run_outcome text CHECK (last_run_outcome IN ('ok', 'failed'));
