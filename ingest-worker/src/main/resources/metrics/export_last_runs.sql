-- Enabled configurations only: a disabled one is not overdue. A configuration changed after its last run
-- (or never run) counts from that change, so a new or re-scheduled export gets a full period first.
SELECT name, extract(epoch FROM greatest(last_run_at, updated_at))::float8 AS since
FROM export_configs
WHERE enabled
ORDER BY name
