package io.loggerflow.exporter;

import java.time.Instant;

/** A half-open time range [from, to) of interval-start timestamps. */
public record ExportRange(Instant from, Instant to) {
    public ExportRange {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("export range must end after it starts: " + from + " .. " + to);
        }
    }

    @Override
    public String toString() {
        return from + " .. " + to;
    }
}
