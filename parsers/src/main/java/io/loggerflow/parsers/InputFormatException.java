package io.loggerflow.parsers;

/**
 * The input file itself is wrong: retrying will not help. The message names the file, the line (when
 * known, else 0), the column (when known) and the reason.
 */
public class InputFormatException extends RuntimeException {
    private final String fileName;
    private final long line;
    private final String column;
    private final String reason;

    public InputFormatException(String fileName, long line, String column, String reason) {
        this(fileName, line, column, reason, null);
    }

    public InputFormatException(String fileName, long line, String column, String reason, Throwable cause) {
        super(describe(fileName, line, column, reason), cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String describe(String fileName, long line, String column, String reason) {
        StringBuilder where = new StringBuilder(fileName);
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where.append(": ").append(reason).toString();
    }

    public String fileName() {
        return fileName;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
