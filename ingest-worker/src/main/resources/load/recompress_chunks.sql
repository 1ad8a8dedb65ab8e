-- After a merge's commit: chunks of its range that were compressed (and that the merge may have left partly
-- uncompressed) are compressed again; compress_chunk recompresses a partially compressed chunk and is a
-- no-op for a fully compressed one. Chunks never compressed are left to the compression policy.
SELECT compress_chunk(CAST(format('%I.%I', chunk_schema, chunk_name) AS regclass), if_not_compressed => true)
FROM timescaledb_information.chunks
WHERE hypertable_schema = current_schema() AND hypertable_name = 'readings' AND is_compressed
  AND range_start <= ? AND range_end > ?
ORDER BY range_start
