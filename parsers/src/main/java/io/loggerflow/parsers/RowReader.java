package io.loggerflow.parsers;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Streams the data rows of one logger file as wide rows: one timestamp and one value per channel.
 * Only the current row is held in memory. Values are parsed on demand, so a caller that needs only
 * the time range of a file pays only for the timestamps.
 */
public interface RowReader extends Closeable {

    /** The logger that wrote the file. */
    LoggerIdentity identity();

    /** The measured channels, in the order {@link #value(int)} indexes them. */
    List<Channel> channels();

    /**
     * Advances to the next data row.
     *
     * @return false at the end of the file
     * @throws RowException          when this row is bad; the reader has moved past it and the next call
     *                               goes on with the following row
     * @throws InputFormatException when the file cannot be read any further (names file, line and reason)
     */
    boolean next() throws IOException;

    /** Epoch milliseconds (UTC) of the current row's timestamp. */
    long timestampMillis();

    /**
     * The current row's value of a channel; {@link Double#NaN} when the logger wrote a missing-value marker.
     *
     * @throws RowException when the cell is not a number (the row is bad; the reader can go on)
     */
    double value(int channel);

    /** Columns of the file that are not measurements and are not among {@link #channels()}, with why. */
    default List<SkippedColumn> skippedColumns() {
        return List.of();
    }

    /** What the timestamps mark within the averaging interval, as the format defines it. */
    default StampPosition stampPosition() {
        return StampPosition.UNKNOWN;
    }

    /** The averaging interval when the header states it (e.g. NRG's statistical interval), else empty. */
    default java.util.Optional<java.time.Duration> interval() {
        return java.util.Optional.empty();
    }

    /**
     * How the reader found the file laid out, for a format that works it out from the file itself (encoding,
     * delimiter, header rows, timestamp pattern...), so that a person can check it; empty for a fixed layout.
     */
    default java.util.Optional<String> sniffedLayout() {
        return java.util.Optional.empty();
    }

    /** 1-based line number (or record number, for binary formats) of the current row, for error messages. */
    long lineNumber();
}
