package io.loggerflow.parsers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StampParserTest {
    private static final StampParser DAY_FIRST_UTC = new StampParser(ZoneOffset.UTC, StampParser.Order.DAY_FIRST);
    private static final StampParser MONTH_FIRST_PLUS1 = new StampParser(ZoneOffset.ofHours(1), StampParser.Order.MONTH_FIRST);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-01 00:00|2024-03-01T00:00:00Z",
            "2024-03-01 00:00:00|2024-03-01T00:00:00Z",
            "2024-03-01 00:00:00.0|2024-03-01T00:00:00Z",
            "2024-03-01 00:00:00.005|2024-03-01T00:00:00.005Z",
            "2024-03-01 00:00:00.01|2024-03-01T00:00:00.010Z",
            "2024-03-01 00:00:00.123456789|2024-03-01T00:00:00.123Z",
            "2024-03-01T00:00:00|2024-03-01T00:00:00Z",
            "2024-03-01T00:00:00Z|2024-03-01T00:00:00Z",
            "2024-03-01T00:00:00+00:00|2024-03-01T00:00:00Z",
            "2024-03-01T01:00:00+01:00|2024-03-01T00:00:00Z",
            "2024-03-01 01:00-0130|2024-03-01T02:30:00Z",
            "2024/03/01 00:10|2024-03-01T00:10:00Z",
            "01/03/2024 00:00|2024-03-01T00:00:00Z",
            "1/3/2024 00:00:30|2024-03-01T00:00:30Z",
            "09/01/2016 15:30:00+00:00|2016-01-09T15:30:00Z",
            "' 2024-03-01 00:00:00 '|2024-03-01T00:00:00Z",
    })
    void theShapesLoggersAndSpreadsheetsWrite(String text, String utc) {
        assertThat(Instant.ofEpochMilli(DAY_FIRST_UTC.parse(text, Long.MIN_VALUE))).isEqualTo(Instant.parse(utc));
    }

    @Test
    void monthFirstAndTheConfiguredZoneApplyWhenTheStampHasNoOffset() {
        assertThat(Instant.ofEpochMilli(MONTH_FIRST_PLUS1.parse("03/14/2024 10:00", Long.MIN_VALUE)))
                .isEqualTo(Instant.parse("2024-03-14T09:00:00Z"));
        assertThat(Instant.ofEpochMilli(MONTH_FIRST_PLUS1.parse("03/14/2024 10:00Z", Long.MIN_VALUE)))
                .isEqualTo(Instant.parse("2024-03-14T10:00:00Z"));
    }

    @Test
    void theRepeatedAutumnHourTakesTheLaterOffsetAfterTheFirstPass() {
        StampParser berlin = new StampParser(ZoneId.of("Europe/Berlin"), null);
        long first = berlin.parse("2024-10-27 02:30:00", Long.MIN_VALUE);
        assertThat(Instant.ofEpochMilli(first)).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
        assertThat(Instant.ofEpochMilli(berlin.parse("2024-10-27 02:30:00", first)))
                .isEqualTo(Instant.parse("2024-10-27T01:30:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "2024-03-01", "2024-02-30 00:00", "2024-03-01 24:00", "202403010000",
            "01.03.2024 00:00", "2024-03-01 00:00:00 junk", "2024-03-01 00:00+1", "NAN", "2024-03-01 00:00:00."})
    void anythingElseIsNotATimestamp(String text) {
        assertThatThrownBy(() -> DAY_FIRST_UTC.parse(text, Long.MIN_VALUE)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void slashDatesWithoutAKnownOrderAreRefusedAndTheirValuesProveTheOrder() {
        StampParser noOrder = new StampParser(ZoneOffset.UTC, null);
        assertThatThrownBy(() -> noOrder.parse("03/04/2024 00:00", Long.MIN_VALUE))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("day/month order");
        assertThat(StampParser.orderProvedBy("13/04/2024 00:00")).isEqualTo(StampParser.Order.DAY_FIRST);
        assertThat(StampParser.orderProvedBy("4/13/2024 00:00")).isEqualTo(StampParser.Order.MONTH_FIRST);
        assertThat(StampParser.orderProvedBy("03/04/2024 00:00")).isNull();
        assertThat(StampParser.orderProvedBy("2024/04/13 00:00")).isNull();
        assertThat(StampParser.isYearLastSlashDate("9/1/2016 15:48")).isTrue();
        assertThat(StampParser.isYearLastSlashDate("2016/09/01 15:48")).isFalse();
        assertThat(StampParser.looksLikeTimestamp("12/25/2024 10:00")).isTrue();
        assertThat(StampParser.looksLikeTimestamp("SN 0042")).isFalse();
    }
}
