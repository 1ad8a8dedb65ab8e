-- A station document's metadata of one sensor (the importer has decided each value: kept or set).
UPDATE sensors
SET measurement_type = ?, statistic = ?, height_m = ?, orientation_deg = ?, task43_unit = ?, sensor_type = ?,
    serial_number = ?
WHERE id = ?
