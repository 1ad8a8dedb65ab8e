package io.loggerflow.exporter;

import java.time.YearMonth;

/**
 * One sensor's data coverage in one calendar month (UTC) of a range: the intervals of the source's time grid
 * in that month and range, and how many of them hold a valid reading (stored, not flagged).
 */
public record CoverageRow(SourceKey source, SensorColumn sensor, YearMonth month, long expected, long valid) {

    /** The share of expected intervals with a valid reading, in % (0 when none was expected). */
    public double percent() {
        return expected == 0 ? 0 : 100.0 * valid / expected;
    }
}
