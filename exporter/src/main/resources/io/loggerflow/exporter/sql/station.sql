-- What the headers of the windographer and task43 layouts say about the station (NULL where unknown).
SELECT model, serial, latitude_ddeg, longitude_ddeg, station_type FROM sources WHERE id = ?
