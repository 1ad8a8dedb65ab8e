SELECT hypertable_size('readings')
