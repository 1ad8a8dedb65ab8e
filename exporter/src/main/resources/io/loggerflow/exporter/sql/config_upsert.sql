INSERT INTO export_configs (name, site, logger, table_name, range_rule, output_dir, cron, enabled, layout,
                            missing_text, zipped)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (name) DO UPDATE
    SET site = excluded.site, logger = excluded.logger, table_name = excluded.table_name,
        range_rule = excluded.range_rule, output_dir = excluded.output_dir, cron = excluded.cron,
        enabled = excluded.enabled, layout = excluded.layout, missing_text = excluded.missing_text,
        zipped = excluded.zipped, updated_at = now()
