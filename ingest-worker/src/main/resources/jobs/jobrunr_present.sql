-- JobRunr creates its tables when a worker (or import) first starts: a fresh database has none yet.
SELECT to_regclass('jobrunr_jobs') IS NOT NULL AND to_regclass('jobrunr_recurring_jobs') IS NOT NULL
