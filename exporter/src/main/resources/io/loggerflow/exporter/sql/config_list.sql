SELECT name, site, logger, table_name, range_rule, output_dir, cron, enabled, layout, missing_text, zipped
FROM export_configs ORDER BY name
