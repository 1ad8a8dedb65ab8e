package io.loggerflow.worker.load;

/**
 * What a file's load did to {@code readings}.
 *
 * @param readings the file's non-missing values (one per sensor and stamp)
 * @param inserted readings that were new
 * @param updated  existing readings whose value changed
 */
record MergeCounts(long readings, long inserted, long updated) {
}
