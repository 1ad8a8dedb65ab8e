-- Compressed chunks of a merged range that hold rows outside their batches (TimescaleDB's status flag 8,
-- "partial"): a DELETE that decompressed a batch sticking out of the range, or an INSERT that did not write
-- compressed batches. Only these need compress_chunk; a chunk a merge wrote as batches is left alone.
SELECT CAST(format('%I.%I', c.schema_name, c.table_name) AS text) AS chunk
FROM timescaledb_information.chunks i
JOIN _timescaledb_catalog.chunk c ON c.schema_name = i.chunk_schema AND c.table_name = i.chunk_name
WHERE i.hypertable_schema = current_schema() AND i.hypertable_name = 'readings' AND i.is_compressed
  AND c.status & 8 <> 0
  AND i.range_start <= ? AND i.range_end > ?
ORDER BY i.range_start
