DELETE FROM calibrations WHERE id = ?
