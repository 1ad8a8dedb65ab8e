package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "7.85, 7.85", "-0.0000001, 0", "12.3456789, 12.345679", "0.000001, 0.000001",
            "-3.05, -3.05", "1013.2, 1013.2", "0.1, 0.1", "100, 100", "0.0625, 0.0625", "1e13, 1.0E13"})
    void valuesHaveAtMostSixDecimalsAndNoExponent(double value, String expected) {
        StringBuilder out = new StringBuilder();
        CsvText.appendValue(out, value);
        assertThat(out).hasToString(expected);
    }

    @Test
    void calibrationArithmeticNoiseDoesNotShow() {
        StringBuilder out = new StringBuilder();
        CsvText.appendValue(out, 0.1 + 0.2);
        assertThat(out).hasToString("0.3");
    }

    @Test
    void timestampsAreUtc() {
        StringBuilder out = new StringBuilder();
        CsvText.appendTimestamp(out, Instant.parse("2019-12-31T23:50:00Z").toEpochMilli());
        assertThat(out).hasToString("2019-12-31 23:50:00");
    }
}
