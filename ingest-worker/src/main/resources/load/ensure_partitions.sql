SELECT loggerflow_ensure_partitions(?, ?)
