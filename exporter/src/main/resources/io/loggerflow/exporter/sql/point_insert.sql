-- A point set by hand or by a station import (not derived); its type, height and orientation may be NULL.
INSERT INTO measurement_points (source_id, name, measurement_type, height_m, orientation_deg, derived, reason)
VALUES (?, ?, ?, ?, ?, false, ?)
RETURNING id
