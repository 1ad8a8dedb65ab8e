-- Where the batches of a merged range's compressed chunks are (their compressed chunks), to vacuum the batches
-- that the recompression replaced.
SELECT CAST(format('%I.%I', cc.schema_name, cc.table_name) AS text) AS compressed
FROM timescaledb_information.chunks i
JOIN _timescaledb_catalog.chunk ch ON ch.schema_name = i.chunk_schema AND ch.table_name = i.chunk_name
JOIN _timescaledb_catalog.chunk cc ON cc.id = ch.compressed_chunk_id
WHERE i.hypertable_schema = current_schema() AND i.hypertable_name = 'readings' AND i.is_compressed
  AND i.range_start <= ? AND i.range_end > ?
ORDER BY i.range_start
