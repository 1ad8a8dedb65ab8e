package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.MissingValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a wide table sits in a file's head: the delimiter, the line of column names, an optional units line
 * under it and the first data line, with only title lines above the names. Found as the one delimiter under
 * which the lines from the names down have one field count (at least two), whose first line of that count
 * holds names (no number, no timestamp) and whose rows below it hold data.
 * <p>
 * What it refuses to take for a table, so that it never claims a file another reader should read: a line above
 * the names with more than one filled cell (a key/value header states facts, such as the logger, that the
 * sniffer would drop), more than one line between the names and the data (a vendor header of units and
 * processing lines), and a head with fewer than one data row.
 *
 * @param rows        the head split at the delimiter
 * @param width       the table's field count
 * @param headerIndex line index of the names (file line {@code headerIndex + 1})
 * @param unitsIndex  line index of the units, or -1
 * @param dataIndex   line index of the first data row
 */
record TableShape(HeadRows rows, int width, int headerIndex, int unitsIndex, int dataIndex) {
    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** Lines of the head the shape is judged on. */
    static final int SAMPLE_LINES = 200;

    /** The shapes found under each delimiter (only under {@code forced} when set): none, one, or an ambiguity. */
    static List<TableShape> find(List<String> lines, Character forced) {
        List<TableShape> found = new ArrayList<>();
        for (char delimiter : DELIMITERS) {
            if (forced == null || forced == delimiter) {
                of(HeadRows.split(lines, delimiter, SAMPLE_LINES)).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The names of the table's columns, trimmed. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        String[] header = rows.row(headerIndex);
        for (int i = 0; i < width; i++) {
            names.add(i < header.length && header[i] != null ? header[i].trim() : "");
        }
        return names;
    }

    /** The sample's data rows of the table's width (others are bad rows the reader reports). */
    List<String[]> dataRows() {
        return dataRows(rows);
    }

    /** The data rows of the table's width in {@code head} (the same lines split further down the head). */
    List<String[]> dataRows(HeadRows head) {
        List<String[]> data = new ArrayList<>();
        for (int i = dataIndex; i < head.size(); i++) {
            if (head.row(i).length == width) {
                data.add(head.row(i));
            }
        }
        return data;
    }

    static String delimiterName(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }

    private static Optional<TableShape> of(HeadRows rows) {
        int last = rows.size() - 1;
        while (last >= 0 && rows.row(last).length == 0) {
            last--;
        }
        if (last < 1) {
            return Optional.empty();
        }
        int width = rows.row(last).length;
        if (width < 2) {
            return Optional.empty();
        }
        int header = -1;
        for (int i = 0; i <= last && header < 0; i++) {
            if (rows.row(i).length == width && HeadRows.filled(rows.row(i)) > 1) {
                header = i; // a spreadsheet pads title lines to the table's width: those hold one cell
            }
        }
        if (header < 0 || !isNames(rows.row(header))) {
            return Optional.empty();
        }
        for (int i = 0; i < header; i++) {
            if (HeadRows.filled(rows.row(i)) > 1) {
                return Optional.empty(); // a key/value preamble: a vendor's header, not a title
            }
        }
        int next = nextFilled(rows, header + 1, last);
        if (next < 0) {
            return Optional.empty();
        }
        int units = -1;
        if (!isData(rows.row(next))) {
            units = next;
            next = nextFilled(rows, units + 1, last);
            if (next < 0 || !isData(rows.row(next)) || rows.row(units).length != width || holdsNumber(rows.row(units))) {
                return Optional.empty(); // two header lines under the names, or units without data
            }
        }
        int fitting = 0;
        int rowsBelow = 0;
        for (int i = next; i <= last; i++) {
            if (rows.row(i).length > 0) {
                rowsBelow++;
                fitting += rows.row(i).length == width ? 1 : 0;
            }
        }
        // a bad row or two in the head are the reader's to report; a table whose rows mostly differ is none
        if (fitting * 10 < rowsBelow * 9) {
            return Optional.empty();
        }
        return Optional.of(new TableShape(rows, width, header, units, next));
    }

    private static int nextFilled(HeadRows rows, int from, int last) {
        for (int i = from; i <= last; i++) {
            if (rows.row(i).length > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Names: at least two filled cells, none of them a number or a timestamp. */
    private static boolean isNames(String[] row) {
        if (HeadRows.filled(row) < 2) {
            return false;
        }
        for (String cell : row) {
            if (cell != null && !cell.isBlank() && (isNumber(cell) || StampShapes.kind(cell) != StampShapes.Kind.OTHER)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsNumber(String[] row) {
        for (String cell : row) {
            if (cell != null && isNumber(cell)) {
                return true;
            }
        }
        return false;
    }

    /** A data row holds a date or a timestamp somewhere. */
    private static boolean isData(String[] row) {
        for (String cell : row) {
            StampShapes.Kind kind = StampShapes.kind(cell);
            if (kind == StampShapes.Kind.DATE_TIME || kind == StampShapes.Kind.DATE) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumber(String cell) {
        String t = cell.trim();
        return !MissingValues.isMissing(t) && Cells.plainNumber(t, (char) 0) != null;
    }
}
