-- TimescaleDB writes the COPY as compressed batches (several times faster, ~10x smaller); this
-- transaction only: it is off for the merge path.
SET LOCAL timescaledb.enable_direct_compress_copy = on
