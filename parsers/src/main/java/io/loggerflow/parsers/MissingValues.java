package io.loggerflow.parsers;

import java.util.Locale;
import java.util.Set;

/** Tokens loggers write for "no value"; every one of them becomes {@link Double#NaN}. */
public final class MissingValues {
    // Campbell writes NAN for measurement/processing errors; INF/-INF can appear after bad maths.
    private static final Set<String> TOKENS = Set.of("", "NAN", "INF", "+INF", "-INF", "INFINITY", "-INFINITY", "NULL");

    private MissingValues() {
    }

    public static boolean isMissing(String cell) {
        return cell == null || TOKENS.contains(cell.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Parses a numeric cell.
     *
     * @return the value, or NaN for a missing-value token
     * @throws NumberFormatException when the cell is neither a number nor a missing-value token
     */
    public static double parse(String cell) {
        double plain = cell == null ? Double.NaN : PlainDecimals.parse(cell, '.');
        if (!Double.isNaN(plain)) {
            return plain;
        }
        if (isMissing(cell)) {
            return Double.NaN;
        }
        double value = Double.parseDouble(cell.trim());
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.NaN;
        }
        return value;
    }
}
