package io.loggerflow.exporter;

import java.time.Instant;

/**
 * A re-calibration of one sensor over [validFrom, validTo): exported value = slope * x + offset, where x is
 * the raw value: the stored value with the logger's own calibration (loggerSlope, loggerOffset) undone
 * when it is recorded. validTo null: until further notice.
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

    /** The value this calibration exports for a stored value (the SQL of the export does the same). */
    public double apply(double stored) {
        double raw = loggerSlope == null ? stored : (stored - loggerOffset) / loggerSlope;
        return slope * raw + offset;
    }
}
