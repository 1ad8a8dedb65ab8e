-- How many tuples TimescaleDB may decompress to delete a file part's readings: every compressed batch of its
-- source's sensors that overlaps its range (their stored readings there) plus, at each end, the part of one
-- batch (at most 1000 rows: TimescaleDB's batch size) that sticks out.
SELECT count(*) + 2 * 1000 * (SELECT count(*) FROM sensors WHERE source_id = ?)
FROM readings
WHERE sensor_id IN (SELECT id FROM sensors WHERE source_id = ?) AND ts BETWEEN ? AND ?
