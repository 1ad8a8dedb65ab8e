package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeGridTest {
    private static final long T0 = Instant.parse("2024-03-01T00:05:00Z").toEpochMilli();
    private static final long TEN_MINUTES = 600_000;

    @Test
    void takesTheMostCommonStepAndPhaseSoAnOddFirstStampAndGapsDoNotShiftTheGrid() {
        long[] stamps = new long[50];
        stamps[0] = T0 - 2 * TEN_MINUTES + 180_000; // a start-up record at 23:48
        for (int i = 1; i < stamps.length; i++) {
            stamps[i] = T0 + (i < 20 ? i : i + 5) * TEN_MINUTES; // a gap of 50 minutes
        }
        TimeGrid grid = TimeGrid.estimate(stamps, stamps.length, Duration.ofMinutes(1));

        assertThat(grid.interval()).isEqualTo(Duration.ofMinutes(10));
        long midnight = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
        assertThat(Instant.ofEpochMilli(grid.firstAtOrAfter(midnight))).isEqualTo(Instant.parse("2024-03-01T00:05:00Z"));
        assertThat(grid.firstAtOrAfter(T0)).isEqualTo(T0);
    }

    @Test
    void usesTheFallbackIntervalWhenThereIsNothingToTellItFrom() {
        TimeGrid grid = TimeGrid.estimate(new long[] {T0}, 1, Duration.ofMinutes(10));
        assertThat(grid.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(grid.firstAtOrAfter(T0 - 1)).isEqualTo(T0);
    }
}
