-- Where a chunk's batches are: its compressed chunk (a new one after compress_chunk(..., recompress => true)).
SELECT CAST(format('%I.%I', cc.schema_name, cc.table_name) AS text) AS compressed
FROM _timescaledb_catalog.chunk ch
JOIN _timescaledb_catalog.chunk cc ON cc.id = ch.compressed_chunk_id
WHERE format('%I.%I', ch.schema_name, ch.table_name) = ?
