-- The stored readings of the file's sensors in its range, in (sensor_id, ts) order: the order of TimescaleDB's
-- compressed batches (segmentby sensor_id, orderby ts) and of the partitions' primary key, so that nothing is
-- sorted, and TimescaleDB reads only those sensors' batches without decompressing anything for a DML statement.
-- COPY takes no parameters: the placeholders are sensor ids and ISO-8601 instants the loader formats.
COPY (
    SELECT sensor_id, ts, value
    FROM readings
    WHERE sensor_id = ANY (CAST('{%s}' AS integer[]))
      AND ts BETWEEN CAST('%s' AS timestamptz) AND CAST('%s' AS timestamptz)
    ORDER BY sensor_id, ts
) TO STDOUT (FORMAT binary)
