-- The COPY sends its rows in (sensor_id, ts) order, the hypertable's segmentby/orderby: TimescaleDB compresses
-- them as they arrive instead of sorting them first. This transaction only, and only when the loader sorted.
SET LOCAL timescaledb.enable_direct_compress_copy_client_sorted = on
