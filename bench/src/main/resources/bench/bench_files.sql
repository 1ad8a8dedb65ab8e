-- Every files row of the benchmark's import jobs (archives and their members), with the source it loaded into.
SELECT id, source_id FROM files WHERE job_id = ANY (?)
