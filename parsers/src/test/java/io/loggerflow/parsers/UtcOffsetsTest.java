package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UtcOffsetsTest {

    @Test
    void hoursMinutesAndFractions() {
        assertThat(UtcOffsets.of("+", "1", null, null)).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(UtcOffsets.of("-", "05", "30", null)).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThat(UtcOffsets.of("+", "3", null, "5")).isEqualTo(ZoneOffset.ofHoursMinutes(3, 30));
        assertThat(UtcOffsets.of("+", "5", null, "75")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
    }

    @Test
    void headerTextWithOrWithoutZeroSeconds() {
        assertThat(UtcOffsets.parseUtc("UTC")).isEqualTo(ZoneOffset.UTC);
        assertThat(UtcOffsets.parseUtc("UTC+01:00")).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(UtcOffsets.parseUtc("UTC-05:30:00")).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
        assertThatThrownBy(() -> UtcOffsets.parseUtc("UTC+01:00:30")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> UtcOffsets.of("+", "19", null, null)).isInstanceOf(DateTimeException.class);
    }
}
