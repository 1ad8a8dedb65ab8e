package io.loggerflow.parsers;

/**
 * One data row is bad (cut short, a timestamp or cell that cannot be read, a line of garbage); the rest of
 * the file may be fine. The reader has already moved past the row: the next {@link RowReader#next()} goes on
 * with the following one. Readers throw the plain {@link InputFormatException} only when the file as a whole
 * cannot be read (a broken header, the wrong format), never for one row.
 * <p>
 * Callers decide what a bad row means: leave it out and account for it, or refuse the file.
 */
public class RowException extends InputFormatException {
    public RowException(String fileName, long line, String column, String reason) {
        super(fileName, line, column, reason);
    }

    public RowException(String fileName, long line, String column, String reason, Throwable cause) {
        super(fileName, line, column, reason, cause);
    }
}
