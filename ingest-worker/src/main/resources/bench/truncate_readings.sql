TRUNCATE readings
