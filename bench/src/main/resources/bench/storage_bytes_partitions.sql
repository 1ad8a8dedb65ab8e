-- Bytes the readings take on disk: every partition with its indexes.
SELECT coalesce(sum(pg_total_relation_size(relid)), 0) FROM pg_partition_tree('readings')
