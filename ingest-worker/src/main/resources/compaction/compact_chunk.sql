-- Compresses a settled chunk again from all its readings: each sensor's readings in full batches instead of
-- the short ones day files leave (one per sensor and file), written to a new compressed chunk (the old one is
-- dropped, so no dead batches remain). About 1-2 µs per reading; what TimescaleDB's compression policy does for
-- chunks it compressed itself, which it never does for chunks a COPY compressed directly.
SELECT compress_chunk(CAST(? AS regclass), recompress => true)
