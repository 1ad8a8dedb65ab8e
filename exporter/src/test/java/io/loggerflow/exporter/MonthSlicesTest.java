package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MonthSlicesTest {
    @Test
    void cutsAtUtcMonthBoundariesWithoutGapsOrOverlaps() {
        assertThat(MonthSlices.of(new ExportRange(Instant.parse("2024-01-30T12:00:00Z"),
                Instant.parse("2024-03-01T00:10:00Z")))).containsExactly(
                new ExportRange(Instant.parse("2024-01-30T12:00:00Z"), Instant.parse("2024-02-01T00:00:00Z")),
                new ExportRange(Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-03-01T00:00:00Z")),
                new ExportRange(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-01T00:10:00Z")));
        assertThat(MonthSlices.of(new ExportRange(Instant.parse("2024-05-03T00:00:00Z"),
                Instant.parse("2024-05-04T00:00:00Z")))).hasSize(1);
    }
}
