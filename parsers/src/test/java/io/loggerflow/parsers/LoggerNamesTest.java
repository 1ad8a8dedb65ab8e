package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoggerNamesTest {
    @Test
    void aStatedNameWinsThenTheLoggerOptionThenTheFileNameWithoutItsDate() {
        ParseSettings option = new ParseSettings(ZoneOffset.UTC, Map.of("logger", " MAST9 "));
        assertThat(LoggerNames.orFallback(" FX ", "a/FX_2024_03_01.dat", option)).isEqualTo("FX");
        assertThat(LoggerNames.orFallback(" ", "a/FX_2024_03_01.dat", option)).isEqualTo("MAST9");
        assertThat(LoggerNames.orFallback(null, "a/FX_Hourly_2024_03_01.dat", ParseSettings.UTC)).isEqualTo("FX_Hourly");
        assertThat(LoggerNames.orFallback("", "z.zip!/2024-03-01.dat", ParseSettings.UTC)).isEqualTo("2024-03-01");
    }
}
