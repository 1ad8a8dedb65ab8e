package io.loggerflow.parsers;

import java.io.Closeable;
import java.io.IOException;
import java.time.DateTimeException;

/**
 * What every reader of a delimited-text table shares once its header is read: it steps through the
 * records, keeps the current one, parses a channel's cell only when asked, and names the file, line and
 * column in every error. A format supplies how a row is checked and timestamped and how a cell becomes a
 * number; its constructor reads the header and then calls {@link #rows}.
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
    private long timestampMillis = Long.MIN_VALUE;

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

    @Override
    public final boolean next() throws IOException {
        row = records.next();
        if (row == null) {
            return false;
        }
        timestampMillis = timestampOf(row);
        return true;
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
            throw notANumber(channels().get(channel).name(), text);
        }
    }

    /** The error for a cell that is not a number; a format may give a more precise reason. */
    protected InputFormatException notANumber(String channel, String text) {
        return error(lineNumber(), channel, "not a number: '" + Cells.abbreviate(text) + "'");
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
        return records.line();
    }

    @Override
    public void close() throws IOException {
        records.close();
        if (input != null) {
            input.close();
        }
    }

    protected final InputFormatException error(long line, String column, String reason) {
        return new InputFormatException(fileName, line, column, reason);
    }
}
