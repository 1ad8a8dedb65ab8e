package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputFormatException;

/**
 * One row of a file left out, and why.
 *
 * @param column the column at fault, or null when the row as a whole is
 */
public record SkippedRow(Kind kind, long line, String column, String reason) {
    /** Why a row was left out; {@link #tag()} is the metric's {@code kind} tag. */
    public enum Kind {
        /** The reader could not read the row: cut short, an unreadable stamp, a line of garbage. */
        ROW("row"),
        /** A cell of the row is not a number. */
        VALUE("value"),
        /** Its stamp lies years away from the file's other rows: a logger clock reset (e.g. to 1990). */
        CLOCK_RESET("clock_reset");

        private final String tag;

        Kind(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    static SkippedRow of(Kind kind, InputFormatException e) {
        return new SkippedRow(kind, e.line(), e.column(), e.reason());
    }

    /** {@code line 14, column WS_80m_Avg: not a number: 'n/a'} */
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
