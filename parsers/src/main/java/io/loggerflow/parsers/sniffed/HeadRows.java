package io.loggerflow.parsers.sniffed;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.CsvParsing;

import java.util.ArrayList;
import java.util.List;

/** The head's lines split into cells at one delimiter, with the CSV rules the reader applies later. */
final class HeadRows {
    private final char delimiter;
    private final List<String[]> cells;

    private HeadRows(char delimiter, List<String[]> cells) {
        this.delimiter = delimiter;
        this.cells = cells;
    }

    /** The first {@code max} lines split at {@code delimiter}; a blank line is an empty array. */
    static HeadRows split(List<String> lines, char delimiter, int max) {
        CsvParser parser = new CsvParser(CsvParsing.quoted(delimiter));
        List<String[]> cells = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(max, lines.size()))) {
            String[] row = line.isBlank() ? null : parseLine(parser, line);
            cells.add(row == null ? new String[0] : row);
        }
        return new HeadRows(delimiter, cells);
    }

    private static String[] parseLine(CsvParser parser, String line) {
        try {
            return parser.parseLine(line);
        } catch (RuntimeException e) {
            return null; // a line the CSV rules cannot split holds no row the sniffer can use
        }
    }

    char delimiter() {
        return delimiter;
    }

    int size() {
        return cells.size();
    }

    /** The cells of line index {@code i} (file line {@code i + 1}); empty for a blank line. */
    String[] row(int i) {
        return cells.get(i);
    }

    /** Non-empty cells of a row. */
    static int filled(String[] row) {
        int n = 0;
        for (String cell : row) {
            if (cell != null && !cell.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
