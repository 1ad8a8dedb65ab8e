-- A configuration saved again (maybe with another layout or missing-value text) re-exports every source.
DELETE FROM export_watermarks WHERE config_name = ?
