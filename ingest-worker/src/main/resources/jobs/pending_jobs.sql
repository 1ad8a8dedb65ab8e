SELECT count(*) FILTER (WHERE state = 'ENQUEUED') AS enqueued,
       count(*) FILTER (WHERE state = 'PROCESSING') AS processing,
       count(*) FILTER (WHERE state = 'SCHEDULED') AS scheduled
FROM jobrunr_jobs
