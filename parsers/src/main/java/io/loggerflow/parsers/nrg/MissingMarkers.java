package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.MissingValues;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Missing-value markers: the library's {@link MissingValues} tokens (empty cell, NAN, ...) plus the
 * comma-separated sentinels of option {@code missing}. A numeric sentinel matches by value
 * ({@code -1000} matches {@code -1000.000000}); any other sentinel matches the trimmed cell text, ignoring case.
 */
final class MissingMarkers {
    private final Set<String> tokens;
    private final double[] numbers;

    private MissingMarkers(Set<String> tokens, double[] numbers) {
        this.tokens = tokens;
        this.numbers = numbers;
    }

    static MissingMarkers of(String option) {
        Set<String> tokens = new HashSet<>();
        Set<Double> numbers = new HashSet<>();
        for (String part : option.split(",")) {
            String token = part.strip();
            if (token.isEmpty()) {
                continue;
            }
            try {
                numbers.add(Double.parseDouble(token));
            } catch (NumberFormatException e) {
                tokens.add(token.toUpperCase(Locale.ROOT));
            }
        }
        return new MissingMarkers(Set.copyOf(tokens), numbers.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The cell's value, or NaN for a missing marker.
     *
     * @throws NumberFormatException when the cell is neither a number nor a marker
     */
    double parse(String cell) {
        if (cell != null && !tokens.isEmpty() && tokens.contains(cell.strip().toUpperCase(Locale.ROOT))) {
            return Double.NaN;
        }
        double value = MissingValues.parse(cell);
        return Cells.isAny(value, numbers) ? Double.NaN : value;
    }
}
