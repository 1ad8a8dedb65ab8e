-- The recompression waits at most this long for a lock (the recompression lock, a chunk's): an export's open
-- snapshot holds its chunks for as long as it runs, and a waiting compress_chunk would hold back every load
-- behind the recompression lock meanwhile. Timed out, the chunk is left to the compression policy.
SET lock_timeout = '2s'
