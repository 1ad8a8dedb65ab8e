-- The fully compressed chunks of a loaded range with their compressed chunk (where the batches are), to check
-- their batches (batch_counts.sql).
SELECT CAST(format('%I.%I', ch.schema_name, ch.table_name) AS text) AS chunk,
       CAST(format('%I.%I', cc.schema_name, cc.table_name) AS text) AS compressed
FROM timescaledb_information.chunks i
JOIN _timescaledb_catalog.chunk ch ON ch.schema_name = i.chunk_schema AND ch.table_name = i.chunk_name
JOIN _timescaledb_catalog.chunk cc ON cc.id = ch.compressed_chunk_id
WHERE i.hypertable_schema = current_schema() AND i.hypertable_name = 'readings' AND i.is_compressed
  AND i.range_start <= ? AND i.range_end > ?
ORDER BY i.range_start
