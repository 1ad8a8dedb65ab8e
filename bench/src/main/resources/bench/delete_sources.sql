DELETE FROM sources WHERE id = ANY (?)
