-- Shrinks the chunk's index that the decompressed rows had grown, as TimescaleDB's compression policy does
-- after recompressing; instant, the chunk's heap being empty. The placeholder: as in vacuum_chunk.sql.
REINDEX TABLE %s
