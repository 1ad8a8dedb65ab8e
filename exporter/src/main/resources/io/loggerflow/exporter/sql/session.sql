-- Each partition or chunk is sorted on its own while streaming: let a month of readings sort in memory.
SET LOCAL work_mem = '64MB'
