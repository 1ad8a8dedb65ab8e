-- A merge's INSERTs into the hypertable (new readings, a replaced range written again) write compressed batches
-- directly instead of rows in the chunk's uncompressed part: the chunk stays fully compressed, and nothing has
-- to be recompressed after commit unless the range's DELETE decompressed a batch sticking out of it. This
-- transaction only.
SET LOCAL timescaledb.enable_direct_compress_insert = on
