-- Files of the given sources that are not the benchmark's: such a source is not the benchmark's alone.
SELECT EXISTS (SELECT 1 FROM files WHERE source_id = ANY (?) AND id <> ALL (?))
