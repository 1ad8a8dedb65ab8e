package io.loggerflow.parsers.tob1;

import io.loggerflow.parsers.RowException;

/**
 * A bad binary record (cut short, a time or value that cannot be decoded); the reader has moved past it. {@link #line()} holds the 1-based record number (as
 * {@code RowReader.lineNumber()} does for binary formats) and the message says "record N", not "line N".
 */
final class RecordException extends RowException {
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
