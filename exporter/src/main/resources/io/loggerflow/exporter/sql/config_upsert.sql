INSERT INTO export_configs (name, site, logger, table_name, range_rule, output_dir, cron, enabled)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (name) DO UPDATE
    SET site = excluded.site, logger = excluded.logger, table_name = excluded.table_name,
        range_rule = excluded.range_rule, output_dir = excluded.output_dir, cron = excluded.cron,
        enabled = excluded.enabled, updated_at = now()
