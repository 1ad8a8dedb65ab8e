package io.loggerflow.parsers;

/**
 * The row rule of delimited formats whose header fixes the field count: a row needs the fields up to its last
 * channel, and may end in empty fields beyond the header (a trailing delimiter) but not in filled ones.
 */
public final class FieldCounts {
    private FieldCounts() {
    }

    /**
     * Why the row does not fit the header, or null when it does.
     *
     * @param columnCount    the header's field count
     * @param requiredFields the fields a row needs (up to the last channel's column)
     */
    public static String problem(String[] row, int columnCount, int requiredFields) {
        if (row.length < requiredFields) {
            return "expected " + columnCount + " fields but found " + row.length;
        }
        for (int i = columnCount; i < row.length; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                return "more fields than the " + columnCount + " of the column header";
            }
        }
        return null;
    }
}
