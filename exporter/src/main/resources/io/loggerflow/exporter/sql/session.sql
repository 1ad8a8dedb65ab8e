-- Each partition or chunk is sorted on its own while streaming: let a month of readings sort in memory.
-- No JIT: an export's queries stream simple rows, and the cleaned query's plan (its per-row lookups over
-- every chunk) is costed high enough that compiling it took longer than running it (tens of seconds).
SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true)
