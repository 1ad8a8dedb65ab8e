package io.loggerflow.worker.load;

/**
 * What a file's load did to {@code readings}.
 *
 * @param readings the file's non-missing values
 * @param inserted readings that were new
 * @param updated  existing readings whose value changed
 * @param skippedRows rows left out for a non-numeric cell (when configured to skip bad rows)
 * @param firstSkipped the first skipped row's error, or null
 */
record MergeCounts(long readings, long inserted, long updated, long skippedRows, String firstSkipped) {
}
