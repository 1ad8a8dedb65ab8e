SELECT range_from, range_to, data_version, zip_path, zip_bytes, zip_modified_ms
FROM export_watermarks
WHERE config_name = ? AND source_id = ?
