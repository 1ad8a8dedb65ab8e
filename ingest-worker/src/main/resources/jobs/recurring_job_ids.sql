-- JobRunr keeps recurring job ids as nchar: trailing blanks are padding.
SELECT rtrim(id) AS id FROM jobrunr_recurring_jobs WHERE id LIKE ? || '%'
