-- Everything the benchmark loaded (calibrations, flags and export watermarks of these sources go with them).
TRUNCATE readings, files, sensors, sources CASCADE
