-- Only when the file tells something new (a model or serial not known yet, another format).
UPDATE sources SET model = coalesce(?, model), serial = coalesce(?, serial), format = ? WHERE id = ?
