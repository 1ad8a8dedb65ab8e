package io.loggerflow.exporter;

import java.time.Instant;

/**
 * A bad-data window [from, to) of one sensor, of every statistic of one measurement point, or of every sensor
 * of the source when both sensor and point are null.
 */
public record Flag(Integer id, SourceKey source, String sensor, String point, Instant from, Instant to, String reason,
                   String changedBy, Instant changedAt) {

    public static Flag of(SourceKey source, String sensor, Instant from, Instant to) {
        return new Flag(null, source, sensor, null, from, to, null, null, null);
    }

    public static Flag ofPoint(SourceKey source, String point, Instant from, Instant to) {
        return new Flag(null, source, null, point, from, to, null, null, null);
    }
}
