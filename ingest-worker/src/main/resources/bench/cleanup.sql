TRUNCATE readings, files, sensors, sources, calibrations, flags, cleaning_changes, export_watermarks,
    export_configs CASCADE
