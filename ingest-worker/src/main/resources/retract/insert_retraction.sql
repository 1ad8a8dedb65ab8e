INSERT INTO retractions (file_id, source_id, readings_removed, readings_overwritten, reason)
VALUES (?, ?, ?, ?, ?)
