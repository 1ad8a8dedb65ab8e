SELECT count(*) FROM readings
