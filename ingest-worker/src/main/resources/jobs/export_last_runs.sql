SELECT name, last_run_at, last_run_outcome FROM export_configs WHERE last_run_at IS NOT NULL
