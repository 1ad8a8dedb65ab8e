package io.loggerflow.parsers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tells the day/month order of a file's slash dates ({@code 09/01/2016}) from the file's own stamps: the first
 * stamp whose first field is above 12 proves day first, the first whose second field is, month first. A
 * stamps-only pass over the file, for the rare file (a spreadsheet re-save) whose first stamp does not tell.
 */
public final class DayMonthOrder {
    private DayMonthOrder() {
    }

    /**
     * The order the stamps in {@code column} of the lines after the first {@code headerLines} prove, or null
     * when none proves one. Cells are split at {@code delimiter} outside double quotes; quotes are removed.
     */
    public static StampParser.Order ofFile(InputSource source, long headerLines, int column, char delimiter)
            throws IOException {
        try (BufferedReader lines = TextInput.lenientReader(source.open(), StandardCharsets.UTF_8)) {
            long skipped = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (skipped++ < headerLines) {
                    continue;
                }
                String cell = cell(line, column, delimiter);
                StampParser.Order order = cell == null ? null : StampParser.orderProvedBy(cell);
                if (order != null) {
                    return order;
                }
            }
            return null;
        }
    }

    /** The {@code column}'th cell of a line without its quotes, or null when the line is shorter. */
    static String cell(String line, int column, char delimiter) {
        int index = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : delimiter;
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                if (index == column) {
                    return line.substring(start, i).replace("\"", "");
                }
                index++;
                start = i + 1;
            }
        }
        return null;
    }
}
