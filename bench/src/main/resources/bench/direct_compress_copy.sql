-- The loader's fast-path session setting on TimescaleDB, this transaction only.
SET LOCAL timescaledb.enable_direct_compress_copy = on
