-- After recompression the rows a merge decompressed are dead: VACUUM gives their pages back (the chunk's heap
-- is empty again, so it is truncated). The placeholder is a chunk name as compress_chunk returned it.
VACUUM %s
