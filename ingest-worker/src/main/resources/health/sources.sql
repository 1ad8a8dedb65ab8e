SELECT source_id, site, logger, table_name, last_reading, last_file FROM source_freshness ORDER BY site, logger, table_name
