-- What the benchmark runs on: server version, TimescaleDB version (NULL without it), whether readings is a
-- hypertable (the migrations make it one when TimescaleDB is there, else native partitions), and whether
-- the server offers direct-to-compressed COPY, which the loader then uses.
SELECT current_setting('server_version'),
       (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'),
       (SELECT relkind FROM pg_class WHERE oid = 'readings'::regclass) <> 'p',
       EXISTS (SELECT 1 FROM pg_settings WHERE name = 'timescaledb.enable_direct_compress_copy')
