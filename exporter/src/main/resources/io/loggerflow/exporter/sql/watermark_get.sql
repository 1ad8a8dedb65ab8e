SELECT range_from, range_to, data_version, zip_path FROM export_watermarks WHERE config_name = ? AND source_id = ?
