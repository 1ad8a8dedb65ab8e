package io.loggerflow.exporter;

import java.time.Instant;

/** A bad-data window [from, to) of one sensor, or of every sensor of the source when sensor is null. */
public record Flag(Integer id, SourceKey source, String sensor, Instant from, Instant to, String reason,
                   String changedBy, Instant changedAt) {

    public static Flag of(SourceKey source, String sensor, Instant from, Instant to) {
        return new Flag(null, source, sensor, from, to, null, null, null);
    }
}
