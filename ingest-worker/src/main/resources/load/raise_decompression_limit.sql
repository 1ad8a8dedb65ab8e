-- For the merge's transaction only (SET LOCAL semantics), and only upward: 0 (no limit) or a higher value
-- an administrator chose is kept.
SELECT set_config('timescaledb.max_tuples_decompressed_per_dml_transaction', CAST(? AS text), true)
WHERE CAST(current_setting('timescaledb.max_tuples_decompressed_per_dml_transaction') AS bigint) BETWEEN 1 AND ? - 1
