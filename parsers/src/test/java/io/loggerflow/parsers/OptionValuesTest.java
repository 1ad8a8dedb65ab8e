package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionValuesTest {
    private static ParseSettings with(String key, String value) {
        return new ParseSettings(ZoneOffset.UTC, Map.of(key, value));
    }

    @Test
    void flag() {
        assertThat(OptionValues.flag(ParseSettings.UTC, "f", true)).isTrue();
        assertThat(OptionValues.flag(with("f", " FALSE "), "f", true)).isFalse();
        assertThatThrownBy(() -> OptionValues.flag(with("f", "yes"), "f", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option f must be true or false, not 'yes'");
    }

    @Test
    void charset() {
        assertThat(OptionValues.charset(ParseSettings.UTC, "encoding")).isEmpty();
        assertThat(OptionValues.charset(with("encoding", " utf-8 "), "encoding")).contains(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OptionValues.charset(with("encoding", "klingon"), "encoding"))
                .hasMessage("option encoding: unknown charset 'klingon'");
    }

    @Test
    void numbersReplaceTheDefaults() {
        assertThat(OptionValues.numbers(ParseSettings.UTC, "m", false, 9999, 9998)).containsExactly(9999, 9998);
        assertThat(OptionValues.numbers(with("m", "-1 | 7.5"), "m", false)).containsExactly(-1, 7.5);
        assertThat(OptionValues.numbers(with("m", "7,5"), "m", true)).containsExactly(7.5);
        assertThatThrownBy(() -> OptionValues.numbers(with("m", "7,5"), "m", false))
                .hasMessage("option m: '7,5' is not a number (separate values with '|')");
    }

    @Test
    void dateTimePattern() {
        assertThat(OptionValues.dateTimePattern(ParseSettings.UTC, "p")).isNull();
        assertThat(LocalDateTime.parse("02.01.2024 03:04", OptionValues.dateTimePattern(with("p", "dd.MM.yyyy HH:mm"), "p")))
                .isEqualTo(LocalDateTime.of(2024, 1, 2, 3, 4));
        assertThatThrownBy(() -> OptionValues.dateTimePattern(with("p", "yyyy{"), "p"))
                .hasMessage("option p: invalid pattern 'yyyy{'");
    }
}
