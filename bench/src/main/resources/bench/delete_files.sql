DELETE FROM files WHERE id = ANY (?)
