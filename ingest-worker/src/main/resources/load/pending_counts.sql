-- What the merge will write: new readings, changed ones, and the sensors and time range of the changed ones
-- (the update touches only those).
SELECT count(*) FILTER (WHERE NOT stored) AS new_readings,
       count(*) FILTER (WHERE stored) AS changed,
       array_agg(DISTINCT sensor_id) FILTER (WHERE stored) AS changed_sensors,
       min(ts) FILTER (WHERE stored) AS changed_from,
       max(ts) FILTER (WHERE stored) AS changed_to
FROM readings_pending
