-- Only after lock_readings.sql and other_readings.sql found nothing but the benchmark's own rows.
TRUNCATE readings
