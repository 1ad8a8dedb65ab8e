package io.loggerflow.bench;

/**
 * Bytes per stored reading (table and indexes) at the benchmark's milestones.
 *
 * @param afterCompaction after the compaction of settled chunks, on TimescaleDB; NaN elsewhere
 * @param floor after {@code compress_chunk} of every chunk from plain rows, on TimescaleDB; NaN elsewhere
 */
public record StorageFigures(double afterIngest, double afterMerge, double afterCompaction, double floor) {
}
