package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StampPositionsTest {

    @Test
    void parseIgnoresCaseButNotBlanks() {
        assertThat(StampPositions.parse("start")).isEqualTo(StampPosition.START);
        assertThat(StampPositions.parse("End")).isEqualTo(StampPosition.END);
        assertThat(StampPositions.parse("UNKNOWN")).isEqualTo(StampPosition.UNKNOWN);
        assertThat(StampPositions.parse(" end")).isNull();
        assertThat(StampPositions.parse("middle")).isNull();
    }

    @Test
    void optionDefaultsToUnknownAndNamesTheKeyWhenBad() {
        assertThat(StampPositions.option(ParseSettings.UTC, "stamp-position")).isEqualTo(StampPosition.UNKNOWN);
        var end = new ParseSettings(ZoneOffset.UTC, Map.of("stamp-position", " end "));
        assertThat(StampPositions.option(end, "stamp-position")).isEqualTo(StampPosition.END);
        var bad = new ParseSettings(ZoneOffset.UTC, Map.of("stamp-position", "centre"));
        assertThatThrownBy(() -> StampPositions.option(bad, "stamp-position"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option stamp-position must be START, END or UNKNOWN, not 'centre'");
    }
}
