package io.loggerflow.exporter;

import java.time.Instant;

/**
 * A re-calibration of one sensor (one column) over [validFrom, validTo): exported value = slope * x + offset,
 * where x is the raw value: the stored value with the logger's own calibration (loggerSlope, loggerOffset)
 * undone when it is recorded; a standard deviation takes the scale only. validTo null: until further notice.
 * The columns of one instrument are better calibrated together, as a {@link PointCalibration}.
 */
public record Calibration(Integer id, SourceKey source, String sensor, Instant validFrom, Instant validTo,
                          double slope, double offset, Double loggerSlope, Double loggerOffset, String reason,
                          String changedBy, Instant changedAt) {

    /** A new calibration, before it is stored. */
    public static Calibration of(SourceKey source, String sensor, Instant validFrom, Instant validTo, double slope,
                                 double offset, Double loggerSlope, Double loggerOffset) {
        return new Calibration(null, source, sensor, validFrom, validTo, slope, offset, loggerSlope, loggerOffset,
                null, null, null);
    }
}
