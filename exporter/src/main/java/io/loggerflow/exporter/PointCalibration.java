package io.loggerflow.exporter;

import java.time.Instant;

/**
 * A calibration of a measurement point over [validFrom, validTo) (validTo null: until further notice),
 * applied at export time to each of the point's columns by its statistic. Either linear — the certificate's
 * slope and offset, with the slope and offset programmed in the logger when the logger applied its own
 * (avg, min, max, gust take the full map, sd the scale only, ti is recomputed) — or, on a wind direction, a
 * direction offset in degrees (the vane's dead-band orientation less the logger's offset), added modulo 360
 * to avg, min and max, never to sd.
 */
public record PointCalibration(Integer id, SourceKey source, String point, Instant validFrom, Instant validTo,
                               Double slope, Double offset, Double loggerSlope, Double loggerOffset,
                               Double directionOffset, String reason, String changedBy, Instant changedAt) {

    public static PointCalibration linear(SourceKey source, String point, Instant validFrom, Instant validTo,
                                          double slope, double offset, Double loggerSlope, Double loggerOffset) {
        return new PointCalibration(null, source, point, validFrom, validTo, slope, offset, loggerSlope, loggerOffset,
                null, null, null, null);
    }

    public static PointCalibration directionOffset(SourceKey source, String point, Instant validFrom, Instant validTo,
                                                   double degrees) {
        return new PointCalibration(null, source, point, validFrom, validTo, null, null, null, null, degrees, null,
                null, null);
    }
}
