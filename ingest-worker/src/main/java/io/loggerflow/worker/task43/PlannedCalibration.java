package io.loggerflow.worker.task43;

import java.time.Instant;

/**
 * A calibration a station document asks for on one column over [from, to) (to null: open), in the terms of
 * the calibrations table: value' = slope * ((value - loggerOffset) / loggerSlope) + offset. {@code path} names
 * the document's logger configuration and sensor calibration it comes from.
 */
record PlannedCalibration(String column, String path, Instant from, Instant to, double slope, double offset,
                          Double loggerSlope, Double loggerOffset) {
}
