-- Compresses a fully compressed chunk again from all its readings: full batches of each sensor instead of the
-- short ones that day files leave (one per sensor and file), in a new compressed chunk (the old one is dropped,
-- so no dead batches remain). About a microsecond per reading.
SELECT compress_chunk(CAST(? AS regclass), recompress => true)
