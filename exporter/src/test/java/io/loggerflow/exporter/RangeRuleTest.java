package io.loggerflow.exporter;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RangeRuleTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-03-10T14:30:00Z"), ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2024-03-02T23:50:00Z");

    @Test
    void allCoversTheStoredIntervalsIncludingTheLastOne() {
        assertThat(RangeRule.parse("all").resolve(FIRST, LAST, Duration.ofMinutes(10), NOW)).contains(
                new ExportRange(FIRST, Instant.parse("2024-03-03T00:00:00Z")));
        assertThat(RangeRule.all().resolve(null, null, Duration.ofMinutes(10), NOW)).isEmpty();
    }

    @Test
    void lastDaysAreWholeUtcDaysBeforeToday() {
        assertThat(RangeRule.parse("last-days:7").resolve(FIRST, LAST, Duration.ofMinutes(10), NOW)).contains(
                new ExportRange(Instant.parse("2024-03-03T00:00:00Z"), Instant.parse("2024-03-10T00:00:00Z")));
    }

    @Test
    void refusesUnknownRules() {
        assertThatThrownBy(() -> RangeRule.parse("last-days:0")).hasMessageContaining("last-days:N");
        assertThatThrownBy(() -> RangeRule.parse("yesterday")).hasMessageContaining("'yesterday'");
    }
}
