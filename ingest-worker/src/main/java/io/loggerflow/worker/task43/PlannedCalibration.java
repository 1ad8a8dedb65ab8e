package io.loggerflow.worker.task43;

import java.time.Instant;

/**
 * A calibration a station document asks for on one measurement point over [from, to) (to null: open), in the
 * terms of the calibrations table: linear (the certificate's slope and offset over the logger's programmed
 * pair; the export maps avg/min/max/gust, scales sd and recomputes ti) or, on a wind vane, a direction offset.
 * {@code path} names the document's logger configuration and the sensor calibration or mounting arrangement it
 * comes from.
 */
record PlannedCalibration(String point, String path, Instant from, Instant to, Double slope, Double offset,
                          Double loggerSlope, Double loggerOffset, Double directionOffset) {

    static PlannedCalibration linear(String point, String path, Instant from, Instant to, double slope, double offset,
                                     Double loggerSlope, Double loggerOffset) {
        return new PlannedCalibration(point, path, from, to, slope, offset, loggerSlope, loggerOffset, null);
    }

    static PlannedCalibration directionOffset(String point, String path, Instant from, Instant to, double degrees) {
        return new PlannedCalibration(point, path, from, to, null, null, null, null, degrees);
    }
}
