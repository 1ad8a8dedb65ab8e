package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.MissingValues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Parses numeric cells with a configurable decimal mark and missing-value markers. Only plain decimal
 * numbers are accepted ({@code 7.4f}, {@code 0x1p3} or thousands separators are refused, unlike
 * {@link Double#parseDouble}).
 */
public final class NumberCells {
    private final char decimal;
    private final Set<String> textMarkers = new HashSet<>();
    private final double[] numericMarkers;

    /**
     * @param decimal the decimal mark, {@code .} or {@code ,}
     * @param markers extra missing-value markers (besides empty cells and {@link MissingValues}' tokens);
     *                a numeric marker also matches the same number written differently (9999 = 9999.0)
     */
    public NumberCells(char decimal, List<String> markers) {
        this.decimal = decimal;
        List<Double> numbers = new ArrayList<>();
        for (String marker : markers) {
            String m = marker.trim();
            textMarkers.add(m);
            String normal = normalise(m);
            if (normal != null) {
                numbers.add(Double.parseDouble(normal));
            }
        }
        numericMarkers = numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @return the value, or NaN for a missing-value marker
     * @throws NumberFormatException when the cell is neither a number nor a marker
     */
    public double parse(String cell) {
        if (MissingValues.isMissing(cell)) {
            return Double.NaN;
        }
        String text = cell.trim();
        if (textMarkers.contains(text)) {
            return Double.NaN;
        }
        String normal = normalise(text);
        if (normal == null) {
            throw new NumberFormatException(text);
        }
        double value = Double.parseDouble(normal);
        return Cells.isAny(value, numericMarkers) ? Double.NaN : value;
    }

    /** With a decimal comma, a point is a thousands separator or a typo: refused. */
    private String normalise(String text) {
        return Cells.plainNumber(text, decimal);
    }
}
