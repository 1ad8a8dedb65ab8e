package io.loggerflow.parsers;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.StringJoiner;

/**
 * What every reader of a delimited-text table shares once its header is read: it steps through the
 * records, keeps the current one, parses a channel's cell only when asked, and names the file, line and
 * column in every error. A format supplies how a row is checked and timestamped and how a cell becomes a
 * number; its constructor reads the header and then calls {@link #rows}.
 * <p>
 * Row rules, the same for every delimited format: whatever is wrong with one record (a field count that does
 * not fit the header, a bad or empty timestamp, a cell that is not a number) is a {@link RowException} and the
 * next {@link #next()} goes on with the following record. A record the CSV parser cannot read at all (an
 * unclosed quote, a field beyond the parser's limits) stops the parser: it is reported as a {@link RowException}
 * whose reason says that the rest of the file is not read, and the next {@link #next()} returns false. Text that
 * is not in the file's character set, and read errors, refuse the file (plain {@link InputFormatException}).
 */
public abstract class DelimitedRowReader extends RowReaderBase {
    /** A timestamp cell's text (never blank) to epoch milliseconds. */
    @FunctionalInterface
    protected interface TimestampParser {
        /** @throws DateTimeException when the text is not a timestamp of the expected shape */
        long parse(String text);
    }

    protected final String fileName;
    private DelimitedRecords records;
    private Closeable input;
    private int[] channelColumns;
    private String[] row;
    /** File line of the record before the current one, to notice a record that ran over several lines. */
    private long previousLine;
    private long line;
    private long timestampMillis = Long.MIN_VALUE;
    /** The first data record when the header read it ahead ({@link #firstRow}), delivered by the first next(). */
    private String[] ahead;
    private long aheadLine;
    private RowException aheadError;
    private boolean ended;

    protected DelimitedRowReader(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Hands over the data records, the column of each channel and what else to close after the records
     * ({@code input}: what the preamble was read through, or null).
     */
    protected final void rows(DelimitedRecords records, int[] channelColumns, Closeable input) {
        this.records = records;
        this.channelColumns = channelColumns;
        this.input = input;
    }

    /**
     * Checks a data record against the header and returns its timestamp.
     *
     * @throws InputFormatException when the record does not fit the header or its timestamp is bad
     */
    protected abstract long timestampOf(String[] row);

    /**
     * A channel's cell as a number, NaN for a missing-value marker.
     *
     * @throws NumberFormatException when the text is not a number
     */
    protected abstract double number(String text);

    /**
     * Reads the first data record ahead, for a header that must see a cell before it can tell what a column
     * holds; the first {@link #next()} delivers it. Null when the file has no data record or the first one is
     * unreadable (then the first next() reports that).
     */
    /**
     * The next record that is not a blank line. Univocity skips empty lines, but a line of spaces is one blank
     * cell when whitespace is kept: it holds no row in any format, so it is passed over like an empty line.
     */
    private String[] nextRecord() {
        String[] record = records.next();
        while (record != null && isBlankLine(record)) {
            record = records.next();
        }
        return record;
    }

    /**
     * Whether a record is a blank line: one blank cell. A format whose delimiter is a blank overrides it, since
     * there a line of blanks is several empty cells.
     */
    protected boolean isBlankLine(String[] record) {
        return record.length == 1 && (record[0] == null || record[0].isBlank());
    }

    protected final String[] firstRow() {
        if (ahead == null && aheadError == null && !ended) {
            try {
                ahead = nextRecord();
                aheadLine = records.line();
            } catch (InputFormatException e) {
                aheadError = unreadable(e);
            }
            ended = ahead == null && aheadError == null;
        }
        return ahead;
    }

    /**
     * Passes over the record {@link #firstRow} read ahead, for a header row a format recognises only by its
     * content (a units row); the first {@link #next()} then delivers the record after it.
     */
    protected final void skipFirstRow() {
        if (ahead != null) {
            previousLine = aheadLine;
            ahead = null;
        }
    }

    /** File line of the record {@link #firstRow} read ahead, 0 when there is none. */
    protected final long firstRowLine() {
        return ahead != null ? aheadLine : 0;
    }

    @Override
    public final boolean next() throws IOException {
        if (aheadError != null) {
            RowException error = aheadError;
            aheadError = null;
            ended = true;
            throw error;
        }
        if (ahead != null) {
            row = ahead;
            line = aheadLine;
            ahead = null;
        } else {
            if (ended) {
                return false;
            }
            try {
                row = nextRecord();
            } catch (InputFormatException e) {
                ended = true;
                throw unreadable(e);
            }
            if (row == null) {
                ended = true;
                return false;
            }
            line = records.line();
        }
        long previous = previousLine;
        previousLine = line;
        if (line - previous > 1) {
            int rows = rowsIn(row);
            if (rows > 1) {
                throw new RowException(fileName, line - rows + 1, null, "a quote opened on this line is not closed"
                        + " on it, so " + rows + " lines were read as one record", rows);
            }
        }
        try {
            timestampMillis = timestampOf(row);
        } catch (InputFormatException e) {
            throw RowErrors.of(e);
        }
        return true;
    }

    /**
     * How many lines of the file a record holds: logger text never breaks a cell over lines, so a line break
     * inside a cell means a stray quote ran lines together. Blank lines among them hold no row. Only asked
     * when the record's line number jumped, so ordinary rows pay nothing for it.
     */
    private static int rowsIn(String[] record) {
        StringJoiner text = new StringJoiner(",");
        for (String cell : record) {
            text.add(cell == null ? "" : cell);
        }
        int rows = 0;
        for (String line : text.toString().split("\n", -1)) {
            if (!line.isBlank()) {
                rows++;
            }
        }
        return Math.max(rows, 1);
    }

    /** A record the parser could not read: a bad row after which the parser cannot go on, else rethrown. */
    private static RowException unreadable(InputFormatException e) {
        if (!RowErrors.parserStopped(e)) {
            throw e;
        }
        return RowErrors.stopped(e);
    }

    @Override
    public final long timestampMillis() {
        return timestampMillis;
    }

    @Override
    public final double value(int channel) {
        int column = channelColumns[channel];
        String text = column < row.length ? row[column] : null; // TOA5 accepts rows without empty trailing cells
        try {
            return number(text);
        } catch (NumberFormatException e) {
            InputFormatException error = notANumber(channels().get(channel).name(), text);
            throw RowErrors.of(error);
        }
    }

    /** The error for a cell that is not a number; a format may give a more precise reason. */
    protected InputFormatException notANumber(String channel, String text) {
        return new RowException(fileName, lineNumber(), channel, "not a number: '" + Cells.abbreviate(text) + "'");
    }

    /**
     * A timestamp cell parsed by {@code parser}; an empty cell, or one the parser refuses, is an error naming
     * the current line and {@code column} and saying what was {@code expected}.
     */
    protected final long timestamp(String text, String column, String expected, TimestampParser parser) {
        if (text == null || text.isBlank()) {
            throw error(lineNumber(), column, "empty timestamp");
        }
        try {
            return parser.parse(text);
        } catch (DateTimeException e) {
            throw error(lineNumber(), column, "not a timestamp (expected " + expected + "): '"
                    + Cells.abbreviate(text) + "'");
        }
    }

    /** 1-based file line of the current record. */
    @Override
    public long lineNumber() {
        return line > 0 ? line : records.line();
    }

    @Override
    public void close() throws IOException {
        records.close();
        if (input != null) {
            input.close();
        }
    }

    /**
     * The next line of a header read through {@link TextInput#lenientReader}, or null at the end: a line holding
     * bytes the charset could not decode is refused naming {@code line} and the option that sets the encoding.
     */
    protected final String headerLine(BufferedReader in, long line, String charset, String encodingOption)
            throws IOException {
        String text = in.readLine();
        if (text != null && text.indexOf(TextInput.REPLACEMENT) >= 0) {
            throw error(line, null, "bytes that are not valid " + charset + " text (set option " + encodingOption + ")");
        }
        return text;
    }

    protected final InputFormatException error(long line, String column, String reason) {
        return new InputFormatException(fileName, line, column, reason);
    }
}
