-- The merge's statements on a hypertable are planned with their values (this transaction only): a generic plan
-- of `sensor_id = ANY ($1) AND ts BETWEEN $2 AND $3` lets TimescaleDB filter no compressed batch, so a DELETE
-- of one logger's day decompressed every batch of the chunk (345 600 tuples, 2.3 s) instead of dropping the
-- 15 batches inside the range (35 ms). The JDBC driver switches to server-prepared statements after a few
-- executions on one connection, and the server may then choose the generic plan.
SET LOCAL plan_cache_mode = force_custom_plan
