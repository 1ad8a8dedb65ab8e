-- The sources' measurement points go with them (their sensors are already deleted; the foreign keys are
-- checked at the end of the statement).
WITH given AS (SELECT CAST(? AS integer[]) AS ids),
     points AS (DELETE FROM measurement_points WHERE source_id = ANY ((SELECT ids FROM given)::integer[]))
DELETE FROM sources WHERE id = ANY ((SELECT ids FROM given)::integer[])
