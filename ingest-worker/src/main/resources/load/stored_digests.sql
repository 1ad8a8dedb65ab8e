-- Per sensor of a held file, how many readings are stored in its range and an MD5 of them in stamp order, each
-- reading as its stamp and value in PostgreSQL's binary form (8 bytes each, as the binary COPY sends them): the
-- loader computes the same over the file's readings, and where every sensor's count and digest match, the file
-- holds exactly what is stored and nothing is streamed back. The rows are aggregated by the server (on
-- TimescaleDB decompressed batch by batch, as the file's sensors' batches of its range only).
SELECT sensor_id, count(*) AS readings,
       md5(string_agg(timestamptz_send(ts) || float8send(value), ''::bytea ORDER BY ts)) AS digest
FROM readings
WHERE sensor_id = ANY (?)
  AND ts BETWEEN ? AND ?
GROUP BY sensor_id
