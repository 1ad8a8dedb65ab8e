package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellsTest {
    private static final double[] NONE = {};

    @Test
    void abbreviatesLongTextAndNull() {
        String fifty = "x".repeat(50);
        assertThat(Cells.abbreviate(fifty)).isEqualTo("x".repeat(40) + "...");
        assertThat(Cells.abbreviate("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Cells.abbreviate(null)).isEmpty();
    }

    @Test
    void plainNumberFollowsTheDecimalMark() {
        assertThat(Cells.plainNumber("3.5", '.')).isEqualTo("3.5");
        assertThat(Cells.plainNumber("3,5", '.')).isNull();
        assertThat(Cells.plainNumber("3,5", ',')).isEqualTo("3.5");
        assertThat(Cells.plainNumber("3.5", ',')).isNull();
        assertThat(Cells.plainNumber("3,5", (char) 0)).isEqualTo("3.5");
        assertThat(Cells.plainNumber("3.5", (char) 0)).isEqualTo("3.5");
        assertThat(Cells.plainNumber("1.000,5", (char) 0)).isNull();
    }

    @Test
    void plainNumberRefusesWhatParseDoubleWouldAccept() {
        for (String text : new String[]{"7.4f", "0x1p3", "NaN", "Infinity", "1 000", " 1", "1e"}) {
            assertThat(Cells.plainNumber(text, '.')).as(text).isNull();
        }
        assertThat(Cells.plainNumber("-.5e-3", '.')).isEqualTo("-.5e-3");
    }

    @Test
    void numberMapsMissingTokensSentinelsAndInfinityToNaN() {
        double[] sentinels = {9999, -999.5};
        assertThat(Cells.number(" 12.25 ", '.', sentinels)).isEqualTo(12.25);
        assertThat(Cells.number("", '.', sentinels)).isNaN();
        assertThat(Cells.number("NAN", '.', sentinels)).isNaN();
        assertThat(Cells.number("9999.000", '.', sentinels)).isNaN();
        assertThat(Cells.number("-999,5", ',', sentinels)).isNaN();
        assertThat(Cells.number("1e999", '.', NONE)).isNaN();
        assertThatThrownBy(() -> Cells.number("12a", '.', NONE)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void isAnyComparesByValue() {
        assertThat(Cells.isAny(9999.0, new double[]{1, 9999})).isTrue();
        assertThat(Cells.isAny(Double.NaN, new double[]{Double.NaN})).isFalse();
        assertThat(Cells.isAny(1, NONE)).isFalse();
    }
}
