SELECT EXISTS (
    SELECT 1 FROM pg_extension e
    WHERE e.extname = 'timescaledb'
) AND (SELECT relkind FROM pg_class WHERE oid = 'readings'::regclass) = 'r'
