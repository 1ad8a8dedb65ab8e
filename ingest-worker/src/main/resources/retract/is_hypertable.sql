-- readings is a TimescaleDB hypertable (a plain table with chunks), not the native partitioned table.
SELECT relkind <> 'p' FROM pg_class WHERE oid = CAST('readings' AS regclass)
