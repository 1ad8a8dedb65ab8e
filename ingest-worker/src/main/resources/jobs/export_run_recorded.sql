UPDATE export_configs SET last_run_at = now(), last_run_outcome = ? WHERE name = ?
