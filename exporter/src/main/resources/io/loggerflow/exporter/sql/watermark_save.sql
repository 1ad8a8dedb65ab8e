INSERT INTO export_watermarks (config_name, source_id, range_from, range_to, data_version, zip_path, readings,
                               zip_bytes, zip_modified_ms)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (config_name, source_id) DO UPDATE
    SET range_from = excluded.range_from, range_to = excluded.range_to, data_version = excluded.data_version,
        zip_path = excluded.zip_path, readings = excluded.readings, zip_bytes = excluded.zip_bytes,
        zip_modified_ms = excluded.zip_modified_ms, exported_at = now()
