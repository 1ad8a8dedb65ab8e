package io.loggerflow.worker.robustness;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The numbers that appear in one file: per channel (the cells of its column) and in the whole file. A stored
 * value "appears in the file" when it equals one of them as a parsed number (relative tolerance 1e-12, which
 * absorbs the last bit of a decimal-to-binary conversion but not a cell of a neighbouring column).
 */
final class FileValues {
    private static final double TOLERANCE = 1e-12;

    private final Map<String, NavigableSet<Double>> byChannel = new HashMap<>();
    private final NavigableSet<Double> anywhere = new TreeSet<>();

    void add(String channel, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        byChannel.computeIfAbsent(channel, c -> new TreeSet<>()).add(value);
        anywhere.add(value);
    }

    /** A number that appears somewhere in the file, in no particular column. */
    void addAnywhere(double value) {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            anywhere.add(value);
        }
    }

    boolean inColumn(String channel, double value) {
        return contains(byChannel.getOrDefault(channel, new TreeSet<>()), value);
    }

    boolean anywhere(double value) {
        return contains(anywhere, value);
    }

    private static boolean contains(NavigableSet<Double> values, double value) {
        double slack = TOLERANCE * Math.max(1, Math.abs(value));
        Double below = values.floor(value);
        Double above = values.ceiling(value);
        return below != null && value - below <= slack || above != null && above - value <= slack;
    }

    /** A cell's text as a number, or NaN: quotes and blanks stripped, a decimal comma read as a point. */
    static double number(String cell, boolean decimalComma) {
        String text = cell.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (decimalComma) {
            text = text.replace(',', '.');
        } else if (text.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            text = text.replace(",", ""); // thousands grouped: a cell of a file whose delimiter is not ','
        }
        if (text.isEmpty() || !text.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
