-- The rows stay (never deleted): the top-level files and their parts that held readings.
UPDATE files
SET status = 'retracted'
WHERE id = ANY (?) OR (parent_id = ANY (?) AND status = 'loaded')
