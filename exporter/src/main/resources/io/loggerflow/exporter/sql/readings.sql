-- One measurement type's readings of one source over a slice of the export, calibrated: the slice's
-- calibrated sensors come with how each is mapped (cleaning_slice.sql says why), as parallel arrays read
-- once per query; every other sensor's value passes unchanged. Flagged sensors are not asked for.
-- Written so the plan streams like the uncleaned query: partitions/chunks excluded by the ts range and read
-- in time order (each sorted on its own), the mapping a per-row expression, no sort of the whole result.
-- Parameters: calibrated sensors, kinds, scales, shifts, average sensors (for ti), from, to, kept sensors, from, to.
WITH calibration AS MATERIALIZED (
    SELECT CAST(? AS integer[]) AS sensors, CAST(? AS text[]) AS kinds, CAST(? AS float8[]) AS scales,
           CAST(? AS float8[]) AS shifts, CAST(? AS integer[]) AS averages)
SELECT ts, sensor_id, value
FROM (SELECT r.ts,
             r.sensor_id,
             -- most rows are of sensors without a calibration: one array test passes them unchanged
             CASE WHEN r.sensor_id <> ALL ((SELECT sensors FROM calibration)::integer[]) THEN r.value ELSE
             CASE (SELECT kinds FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)]
                 WHEN 'map' THEN
                     (SELECT scales FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)]
                         * r.value
                     + (SELECT shifts FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)]
                 WHEN 'scale' THEN
                     (SELECT scales FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)]
                         * r.value
                 WHEN 'turn' THEN loggerflow_turn(r.value,
                     (SELECT shifts FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)])
                 WHEN 'ti' THEN loggerflow_corrected_ti(r.value,
                     (SELECT scales FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)],
                     (SELECT shifts FROM calibration)[array_position((SELECT sensors FROM calibration), r.sensor_id)],
                     (SELECT a.value FROM readings a
                      WHERE a.sensor_id = (SELECT averages FROM calibration)[
                                array_position((SELECT sensors FROM calibration), r.sensor_id)]
                        AND a.ts = r.ts
                        AND a.ts >= ? AND a.ts < ?)) -- the slice again: the lookup plans only its chunks
                 ELSE r.value
             END END AS value -- NULL: a ti without its average cannot be corrected, left out by the exporter
      FROM readings r
      WHERE r.sensor_id = ANY (?)
        AND r.ts >= ? AND r.ts < ?
      ORDER BY r.ts, r.sensor_id) AS cleaned
ORDER BY ts, sensor_id -- already in this order: the planner adds no sort, but the order is now guaranteed
