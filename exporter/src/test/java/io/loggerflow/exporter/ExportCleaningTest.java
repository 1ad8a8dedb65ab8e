package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCleaningTest {
    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void cutsEachMonthWhereACalibrationOrFlagStartsOrEndsWithoutGapsOrOverlaps() {
        ExportCleaning cleaning = new ExportCleaning(1, 1,
                List.of(at("2024-01-31T06:00:00Z"), at("2024-02-10T00:00:00Z"), at("2024-02-10T03:00:00Z")), List.of());
        assertThat(cleaning.slices(new ExportRange(at("2024-01-30T00:00:00Z"), at("2024-02-20T00:00:00Z"))))
                .containsExactly(
                        new ExportRange(at("2024-01-30T00:00:00Z"), at("2024-01-31T06:00:00Z")),
                        new ExportRange(at("2024-01-31T06:00:00Z"), at("2024-02-01T00:00:00Z")),
                        new ExportRange(at("2024-02-01T00:00:00Z"), at("2024-02-10T00:00:00Z")),
                        new ExportRange(at("2024-02-10T00:00:00Z"), at("2024-02-10T03:00:00Z")),
                        new ExportRange(at("2024-02-10T03:00:00Z"), at("2024-02-20T00:00:00Z")));
    }

    @Test
    void withoutCleaningTheSlicesAreTheMonths() {
        ExportRange range = new ExportRange(at("2024-01-30T00:00:00Z"), at("2024-03-02T00:00:00Z"));
        assertThat(new ExportCleaning(0, 0, List.of(), List.of()).slices(range)).isEqualTo(MonthSlices.of(range));
    }
}
