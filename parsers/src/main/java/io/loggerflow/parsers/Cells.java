package io.loggerflow.parsers;

import java.util.regex.Pattern;

/** Helpers for the text of one cell: error-message abbreviation and strict decimal numbers. */
public final class Cells {
    private static final int ABBREVIATE_AT = 40;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private Cells() {
    }

    /** The text cut to 40 characters plus "..." for an error message; "" for null. */
    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= ABBREVIATE_AT ? text : text.substring(0, ABBREVIATE_AT) + "...";
    }

    /**
     * The text as {@link Double#parseDouble} input when it is a plain decimal number with the given decimal mark
     * ({@code '.'}, {@code ','}, or 0 for either), else null. No thousands separators, no {@code 7.4f},
     * {@code 0x1p3}, {@code NaN} or {@code Infinity}; the text is not trimmed.
     */
    public static String plainNumber(String text, char decimal) {
        boolean comma = text.indexOf(',') >= 0;
        boolean point = text.indexOf('.') >= 0;
        if (comma && (point || decimal == '.')) {
            return null;
        }
        if (point && decimal == ',') {
            return null;
        }
        String candidate = comma ? text.replace(',', '.') : text;
        return NUMBER.matcher(candidate).matches() ? candidate : null;
    }

    /**
     * A numeric cell: NaN for {@link MissingValues} tokens, for a value equal to one of {@code sentinels} and for
     * an infinite value; otherwise the trimmed cell as a {@link #plainNumber}.
     *
     * @throws NumberFormatException when the cell is neither missing nor a plain number
     */
    public static double number(String cell, char decimal, double[] sentinels) {
        double fast = cell == null ? Double.NaN : PlainDecimals.parse(cell, decimal);
        if (!Double.isNaN(fast)) {
            return isAny(fast, sentinels) ? Double.NaN : fast;
        }
        if (MissingValues.isMissing(cell)) {
            return Double.NaN;
        }
        String text = cell.trim();
        String plain = plainNumber(text, decimal);
        if (plain == null) {
            throw new NumberFormatException(text);
        }
        double value = Double.parseDouble(plain);
        if (isAny(value, sentinels)) {
            return Double.NaN;
        }
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** True when {@code value} equals one of {@code sentinels} ({@code ==}, so 9999 matches 9999.0). */
    public static boolean isAny(double value, double[] sentinels) {
        for (double sentinel : sentinels) {
            if (value == sentinel) {
                return true;
            }
        }
        return false;
    }
}
