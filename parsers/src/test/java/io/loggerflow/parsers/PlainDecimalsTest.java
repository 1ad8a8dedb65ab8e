package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PlainDecimalsTest {
    @Test
    void agreesBitForBitWithDoubleParseDoubleOnLoggerLikeDecimals() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(0, 9);
            long digits = random.nextLong(0, 1_000_000_000_000L);
            String text = (random.nextBoolean() ? "-" : "") + new java.math.BigDecimal(java.math.BigInteger.valueOf(digits),
                    decimals).toPlainString();
            assertThat(Double.doubleToRawLongBits(PlainDecimals.parse(text, '.')))
                    .as(text).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "12.345", "+7.5", "1013.25", ".5", "5.", "0.000001", "999999999999999",
            "0.1234567890123", "12345678.9012345"})
    void parsesPlainDecimalsExactly(String text) {
        assertThat(PlainDecimals.parse(text, '.')).isEqualTo(Double.parseDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1e5", " 1.5", "1.5 ", "1.2.3", "NAN", "1,5", "1234567890123456",
            "0x1p3", "Infinity", "7.4f", "--1"})
    void leavesEverythingElseToTheGeneralParser(String text) {
        assertThat(PlainDecimals.parse(text, '.')).isNaN();
    }

    @Test
    void acceptsTheConfiguredDecimalMark() {
        assertThat(PlainDecimals.parse("1,5", ',')).isEqualTo(1.5);
        assertThat(PlainDecimals.parse("1,5", (char) 0)).isEqualTo(1.5);
        assertThat(PlainDecimals.parse("1.5", ',')).isNaN();
    }
}
