-- A compressed chunk's batches, and the fewest that would hold its readings (each sensor's in batches of 1000,
-- TimescaleDB's batch size). Reads only the batches' segment and count columns: nothing is decompressed.
-- The placeholder: a compressed chunk's name as compressed_chunks.sql returned it.
SELECT coalesce(sum(batches), 0) AS batches, coalesce(sum(ceil(readings / 1000.0)), 0) AS fewest
FROM (SELECT count(*) AS batches, sum(_ts_meta_count) AS readings FROM %s GROUP BY sensor_id) segments
