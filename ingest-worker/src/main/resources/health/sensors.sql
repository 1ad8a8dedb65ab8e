SELECT h.source_id, h.sensor, h.readings, h.last_reading, h.usual_step::text AS usual_step, h.gaps,
       h.missing_intervals, h.flat_windows
FROM loggerflow_sensor_health(?, ?, make_interval(mins => ?), ?) h
WHERE h.gaps > 0 OR h.flat_windows > 0
ORDER BY h.source_id, h.sensor
