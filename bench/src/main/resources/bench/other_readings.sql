-- Readings the given files did not write: someone else's, which the benchmark must not remove.
SELECT EXISTS (SELECT 1 FROM readings WHERE file_id <> ALL (?))
