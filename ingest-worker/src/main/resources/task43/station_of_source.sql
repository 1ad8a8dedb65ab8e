SELECT site, logger, table_name, model, serial, latitude_ddeg, longitude_ddeg, station_type,
       (SELECT min(first_ts) FROM files f WHERE f.source_id = s.id AND f.status = 'loaded')
FROM sources s
WHERE id = ?
