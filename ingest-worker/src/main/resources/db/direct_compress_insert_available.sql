SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'timescaledb.enable_direct_compress_insert')
