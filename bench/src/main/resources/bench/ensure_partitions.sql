-- The schema's own function, as the loader calls it: monthly partitions for the range (a no-op for a hypertable).
SELECT loggerflow_ensure_partitions(?, ?)
