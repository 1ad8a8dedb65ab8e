-- A NULL keeps the current value. An edited point is no longer derived.
UPDATE measurement_points
SET name = coalesce(?, name),
    measurement_type = coalesce(?, measurement_type),
    height_m = coalesce(?, height_m),
    orientation_deg = coalesce(?, orientation_deg),
    derived = false,
    reason = ?
WHERE id = ?
