package io.loggerflow.parsers.tob1;

import io.loggerflow.parsers.InputFormatException;

/**
 * An input error inside a binary record. {@link #line()} holds the 1-based record number (as
 * {@code RowReader.lineNumber()} does for binary formats) and the message says "record N", not "line N".
 */
final class RecordException extends InputFormatException {
    private final String message;

    RecordException(String fileName, long record, String column, String reason) {
        this(fileName, record, column, reason, null);
    }

    RecordException(String fileName, long record, String column, String reason, Throwable cause) {
        super(fileName, record, column, reason, cause);
        StringBuilder where = new StringBuilder(fileName).append(", record ").append(record);
        if (column != null) {
            where.append(", column ").append(column);
        }
        this.message = where.append(": ").append(reason).toString();
    }

    @Override
    public String getMessage() {
        return message;
    }
}
