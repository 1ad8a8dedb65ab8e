-- How many tuples TimescaleDB may decompress to update the changed readings: every compressed batch of the
-- changed sensors that overlaps the changed range, i.e. at most their stored readings in that range plus,
-- at each end, the part of one batch (at most 1000 rows: TimescaleDB's batch size) that sticks out.
SELECT count(*) + 2 * 1000 * cardinality(CAST(? AS integer[]))
FROM readings
WHERE sensor_id = ANY (?) AND ts BETWEEN ? AND ?
