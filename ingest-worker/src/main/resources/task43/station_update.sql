UPDATE sources SET latitude_ddeg = ?, longitude_ddeg = ?, station_type = ? WHERE id = ?
