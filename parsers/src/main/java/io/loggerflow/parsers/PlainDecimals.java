package io.loggerflow.parsers;

/**
 * A fast path for the cells loggers write: plain decimals such as {@code -12.345}. Parsing them is most of
 * a reader's work, and {@link Double#parseDouble} is general and slow. A decimal of at most 15 significant
 * digits and at most 22 decimals is {@code digits / 10^decimals}: both exact doubles, so the one division
 * rounds correctly and the result is bit-for-bit what {@code Double.parseDouble} returns. Anything else
 * (exponents, spaces, more digits) is left to the general parser.
 */
public final class PlainDecimals {
    private static final int MAX_SIGNIFICANT = 15;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private PlainDecimals() {
    }

    /**
     * @param decimalMark {@code '.'}, {@code ','}, or 0 to accept either
     * @return the value, or NaN when the text is not a plain decimal this fast path handles
     */
    public static double parse(String text, char decimalMark) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int significant = 0;
        int decimals = -1; // -1: no decimal mark seen
        boolean anyDigit = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                anyDigit = true;
                if (digits != 0 || c != '0') {
                    if (++significant > MAX_SIGNIFICANT) {
                        return Double.NaN;
                    }
                }
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (decimals < 0 && isMark(c, decimalMark)) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (!anyDigit || decimals >= POWERS_OF_TEN.length) {
            return Double.NaN;
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return negative ? -value : value;
    }

    private static boolean isMark(char c, char decimalMark) {
        return decimalMark == 0 ? c == '.' || c == ',' : c == decimalMark;
    }
}
