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
    private final int rows;

    public RowException(String fileName, long line, String column, String reason) {
        this(fileName, line, column, reason, 1);
    }

    /**
     * @param rows how many of the file's rows this one bad record holds: more than one when a stray quote made
     *             the parser read several lines as one record
     */
    public RowException(String fileName, long line, String column, String reason, int rows) {
        super(fileName, line, column, reason);
        if (rows < 1) {
            throw new IllegalArgumentException("a bad record holds at least one row");
        }
        this.rows = rows;
    }

    public RowException(String fileName, long line, String column, String reason, Throwable cause) {
        super(fileName, line, column, reason, cause);
        this.rows = 1;
    }

    /** The file's rows this bad record stands for (1 but for records that ran over several lines). */
    public int rows() {
        return rows;
    }
}
