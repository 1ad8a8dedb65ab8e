-- See loggerflow_begin_file_load (migration V12): locks, duplicate check, source and sensors, files row and
-- overlap check of a file's load transaction in one round trip.
SELECT loaded_id, source_id, file_id, sensor_ids, overlapping
FROM loggerflow_begin_file_load(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                                CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                                CAST(? AS text[]), CAST(? AS float8[]), CAST(? AS float8[]), CAST(? AS text[]),
                                CAST(? AS text[]), CAST(? AS text[]),
                                ?, ?, ?, ?, CAST(? AS uuid), ?, ?, ?, ?)
