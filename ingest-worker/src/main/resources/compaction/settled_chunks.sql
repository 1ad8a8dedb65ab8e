-- The compressed chunks of readings that are settled: no file was loaded into their time range, and no file
-- there was retracted, for the settled span (the parameter, in seconds). A file's range is its first and last
-- reading, counted from when it finished (or started, for a row a crash left 'loading': it holds nothing back
-- for ever). A load under way is not visible here, but it holds the recompression lock that the compaction
-- waits for (and, past its lock timeout, skips the chunk).
-- Chunks a day-file COPY compressed directly are never revisited by the compression policy: this finds them.
SELECT CAST(format('%I.%I', i.chunk_schema, i.chunk_name) AS text) AS chunk, i.range_start, i.range_end
FROM timescaledb_information.chunks i
WHERE i.hypertable_schema = current_schema() AND i.hypertable_name = 'readings' AND i.is_compressed
  AND NOT EXISTS (
      SELECT 1 FROM files f
      LEFT JOIN retractions r ON r.file_id = f.id
      WHERE f.first_ts < i.range_end AND f.last_ts >= i.range_start
        AND greatest(coalesce(f.finished_at, f.started_at), r.changed_at) > now() - make_interval(secs => ?))
ORDER BY i.range_start
