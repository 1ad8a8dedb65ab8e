-- Every chunk of the readings hypertable, oldest first.
SELECT CAST(c AS text) FROM show_chunks('readings') c ORDER BY 1
