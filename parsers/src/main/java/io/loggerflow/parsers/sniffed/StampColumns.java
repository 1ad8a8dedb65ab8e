package io.loggerflow.parsers.sniffed;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns that can make a row's timestamp: one whose every head cell is a date and time, or a column of
 * dates followed by a column of times. A file with one such candidate has its stamp; with two it is ambiguous.
 */
final class StampColumns {
    private StampColumns() {
    }

    /** Each candidate as one column index, or two (date, time). */
    static List<int[]> candidates(TableShape shape) {
        List<String[]> data = shape.dataRows();
        List<int[]> found = new ArrayList<>();
        if (data.isEmpty()) {
            return found;
        }
        StampShapes.Kind[] kinds = new StampShapes.Kind[shape.width()];
        for (int c = 0; c < shape.width(); c++) {
            kinds[c] = kindOf(data, c);
        }
        for (int c = 0; c < shape.width(); c++) {
            if (kinds[c] == StampShapes.Kind.DATE_TIME) {
                found.add(new int[]{c});
            } else if (kinds[c] == StampShapes.Kind.DATE && c + 1 < shape.width()
                    && kinds[c + 1] == StampShapes.Kind.TIME) {
                found.add(new int[]{c, c + 1});
            }
        }
        return found;
    }

    /**
     * The kind nine in ten of the column's head cells have, else OTHER: a garbage line or an empty stamp in the
     * head is a bad row for the reader to report, not a reason to miss the stamp column.
     */
    private static StampShapes.Kind kindOf(List<String[]> data, int column) {
        int[] counts = new int[StampShapes.Kind.values().length];
        for (String[] row : data) {
            counts[StampShapes.kind(row[column]).ordinal()]++;
        }
        for (StampShapes.Kind kind : StampShapes.Kind.values()) {
            if (kind != StampShapes.Kind.OTHER && counts[kind.ordinal()] * 10 >= data.size() * 9) {
                return kind;
            }
        }
        return StampShapes.Kind.OTHER;
    }

    /** The stamp text of a row: the one cell, or date and time joined with a space. */
    static String text(String[] row, int[] columns) {
        String first = row[columns[0]] == null ? "" : row[columns[0]].trim();
        if (columns.length == 1) {
            return first;
        }
        String time = row[columns[1]] == null ? "" : row[columns[1]].trim();
        return first + " " + time;
    }

    /**
     * True when most rows of the head repeat the previous row's stamp: a long (tidy) table, one row per stamp and
     * sensor, which read as wide would mix sensors in one column.
     */
    static boolean repeats(List<String[]> data, int[] columns) {
        int same = 0;
        for (int i = 1; i < data.size(); i++) {
            if (text(data.get(i), columns).equals(text(data.get(i - 1), columns))) {
                same++;
            }
        }
        return data.size() > 1 && same * 2 >= data.size() - 1;
    }
}
