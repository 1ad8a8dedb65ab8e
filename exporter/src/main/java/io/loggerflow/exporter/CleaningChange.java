package io.loggerflow.exporter;

import java.time.Instant;

/** One audited change to calibrations or flags: who, when, why. */
public record CleaningChange(long id, String table, int rowId, String action, String changedBy, Instant changedAt,
                             String reason) {
}
