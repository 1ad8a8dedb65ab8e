-- TimescaleDB: the changed sensors' readings of the changed range go, to be written again (merge_replace_insert).
-- With only segmentby and orderby bounds TimescaleDB deletes the compressed batches lying inside the range
-- whole, without decompressing them; only a batch that sticks out of the range is decompressed. An UPDATE
-- decompresses every batch it touches (a day file's correction: every row of its day, into the chunk's row part).
DELETE FROM readings
WHERE sensor_id = ANY (?) AND ts BETWEEN ? AND ?
