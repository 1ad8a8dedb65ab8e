package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.RowException;

/**
 * A TOB3 frame or record that is left out (a bad validation stamp, a truncated frame, a value that cannot be
 * decoded); the reader has moved past it. The message says "frame N" (the 1-based position of the frame in the
 * file) or "record N" (the logger's record number), never "line N"; {@link #line()} holds that N.
 */
final class Tob3RowException extends RowException {
    private final String message;

    Tob3RowException(String fileName, String unit, long number, String column, String reason, Throwable cause) {
        super(fileName, number, column, reason, cause);
        StringBuilder where = new StringBuilder(fileName).append(", ").append(unit).append(' ').append(number);
        if (column != null) {
            where.append(", column ").append(column);
        }
        this.message = where.append(": ").append(reason).toString();
    }

    static Tob3RowException frame(String fileName, long frame, String reason) {
        return new Tob3RowException(fileName, "frame", frame, null, reason, null);
    }

    static Tob3RowException record(String fileName, long record, String column, String reason, Throwable cause) {
        return new Tob3RowException(fileName, "record", record, column, reason, cause);
    }

    @Override
    public String getMessage() {
        return message;
    }
}
