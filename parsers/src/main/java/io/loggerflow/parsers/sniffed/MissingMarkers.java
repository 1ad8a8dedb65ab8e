package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.generic.NumberCells;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Missing-value markers: besides the standard tokens ({@link MissingValues}: empty, {@code NaN}...), the ones
 * spreadsheets and loggers write for "no value": {@code #N/A}, {@code -9999} and {@code 9999} (also written
 * {@code -9999.0}). They are always markers in a sniffed file, since a measurement of exactly ±9999 does not
 * occur in met data; the layout lists those the head holds, so a person sees what was left out.
 */
final class MissingMarkers {
    static final List<String> MARKERS = List.of("#N/A", "-9999", "9999");

    private MissingMarkers() {
    }

    /** Parses cells with the mark and the markers, plus those of option {@code missing}. */
    static NumberCells numbers(char decimal, List<String> extra) {
        List<String> all = new ArrayList<>(MARKERS);
        all.addAll(extra);
        return new NumberCells(decimal, all);
    }

    /** The markers the head's value cells hold, as written the first time, in first-seen order. */
    static List<String> seen(List<String[]> data, int[] columns, NumberCells numbers) {
        Set<String> seen = new LinkedHashSet<>();
        for (String[] row : data) {
            for (int c : columns) {
                String cell = row[c];
                if (cell == null || cell.isBlank()) {
                    seen.add("empty");
                    continue;
                }
                try {
                    if (Double.isNaN(numbers.parse(cell))) {
                        seen.add(cell.trim());
                    }
                } catch (NumberFormatException e) {
                    // a text cell: its column is not a channel
                }
            }
        }
        return List.copyOf(seen);
    }

    /**
     * True unless most of the column's filled head cells are text: a compass column is text throughout, while a
     * stray text cell in a column of numbers is a bad cell the reader reports.
     */
    static boolean numeric(List<String[]> data, int column, NumberCells numbers) {
        int text = 0;
        int values = 0;
        for (String[] row : data) {
            try {
                values += Double.isNaN(numbers.parse(row[column])) ? 0 : 1;
            } catch (NumberFormatException e) {
                text++;
            }
        }
        return text <= values;
    }
}
