DELETE FROM readings WHERE file_id = ANY (?)
