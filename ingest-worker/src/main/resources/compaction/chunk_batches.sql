-- A compressed chunk's batches, its readings, the fewest that would hold its readings (each sensor's in batches of 1000,
-- TimescaleDB's batch size) and its size on disk (row part, compressed part, their indexes and TOAST). Reads
-- only the batches' segment and count columns: nothing is decompressed. Placeholders: the chunk's name as
-- settled_chunks.sql returned it, then its compressed chunk's (compressed_part.sql).
SELECT coalesce(sum(batches), 0) AS batches, coalesce(sum(ceil(readings / 1000.0)), 0) AS fewest,
       coalesce(sum(readings), 0) AS readings,
       pg_total_relation_size(CAST('%1$s' AS regclass)) + pg_total_relation_size(CAST('%2$s' AS regclass)) AS bytes
FROM (SELECT count(*) AS batches, sum(_ts_meta_count) AS readings FROM %2$s GROUP BY sensor_id) segments
