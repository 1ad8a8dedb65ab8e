SELECT name, site, logger, table_name, range_rule, output_dir, cron, enabled FROM export_configs WHERE name = ?
