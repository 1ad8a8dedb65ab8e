package io.loggerflow.parsers.campbell;

import io.loggerflow.parsers.InputFormatException;

/** Reading the cells of a Campbell header line, where a blank cell means "not given". */
public final class HeaderCells {
    private HeaderCells() {
    }

    /** The trimmed cell, or null when the line is shorter or the cell is blank. */
    public static String cell(String[] line, int index) {
        if (index >= line.length || line[index] == null || line[index].isBlank()) {
            return null;
        }
        return line[index].trim();
    }

    /**
     * The index of the first name equal to {@code wanted} ignoring case and surrounding space; a file without it
     * is refused, naming the field names line.
     */
    public static int requireColumn(String[] names, String wanted, String fileName, long namesLine) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null && names[i].trim().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new InputFormatException(fileName, namesLine, null, "no " + wanted + " column in the field names line");
    }
}
