package io.loggerflow.bench.generate;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiOutputTest {

    @Test
    void writesFixedPointNumbers() throws IOException {
        assertThat(fixed(8.3874, 3, true)).isEqualTo("8.387");
        assertThat(fixed(1.18, 3, true)).isEqualTo("1.18");
        assertThat(fixed(12.0, 3, true)).isEqualTo("12");
        assertThat(fixed(1.18, 3, false)).isEqualTo("1.180");
        assertThat(fixed(0.0004, 3, false)).isEqualTo("0.000");
        assertThat(fixed(-0.0004, 3, true)).isEqualTo("0");
        assertThat(fixed(-5.7, 2, true)).isEqualTo("-5.7");
        assertThat(fixed(-0.05, 2, false)).isEqualTo("-0.05");
        assertThat(fixed(359.994, 2, false)).isEqualTo("359.99");
        assertThat(fixed(968.8449, 2, true)).isEqualTo("968.84");
    }

    @Test
    void agreesWithBigDecimalRounding() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.3) * 2000;
            int decimals = random.nextInt(4);
            // the scaled value decides, as in the writer; BigDecimal checks the digits
            double scaled = Math.round(value * Math.pow(10, decimals));
            String expected = new BigDecimal(scaled).movePointLeft(decimals).setScale(decimals, RoundingMode.UNNECESSARY)
                    .toPlainString();
            if (expected.startsWith("-") && Double.parseDouble(expected) == 0) {
                expected = expected.substring(1);
            }
            assertThat(fixed(value, decimals, false)).as("%s at %d", value, decimals).isEqualTo(expected);
            assertThat(Double.parseDouble(fixed(value, decimals, true))).isEqualTo(Double.parseDouble(expected));
        }
    }

    @Test
    void writesLongTextAndIntegers() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsciiOutput out = new AsciiOutput(bytes);
        String longText = "x".repeat(100_000);
        out.write(-42L).write(',').write(0L).write(',').write(longText).write(Long.MAX_VALUE);
        assertThat(out.written()).isEqualTo(3 + 1 + 1 + 1 + 100_000 + 19);
        out.flush();
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("-42,0," + longText + Long.MAX_VALUE);
    }

    private static String fixed(double value, int decimals, boolean trim) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsciiOutput out = new AsciiOutput(bytes);
        out.writeFixed(value, decimals, trim).flush();
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
