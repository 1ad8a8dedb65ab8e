package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampPosition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small file's rows as the scan read them, values included, so the load replays them instead of parsing
 * the file a second time: for day files the second parse (open, header, metadata, every cell) was a good
 * part of the worker's time. Holding stops, and the load reads the file again, once the file has more than
 * {@link #MAX_CELLS} cells or more than {@link #MAX_BAD_CELL_ROWS} rows with a bad cell; memory is then
 * released. Values live in blocks of {@link #BLOCK_CELLS} so no array is large enough for the collector to
 * treat it as humongous.
 * <p>
 * Only the rows the scan kept are held (bad rows and far stamps are counted by the scan and never reach
 * the load). A row with a bad cell is held with its exception, which the replay throws from
 * {@link RowReader#value(int)} at the same channel, so the load accounts for it exactly as it would have.
 */
final class HeldRows {
    /** Cells held per file at most (8 MB of values): a month of 10-minute data from 230 channels. */
    static final int MAX_CELLS = 1_000_000;
    static final int MAX_BAD_CELL_ROWS = 1_000;
    private static final int BLOCK_CELLS = 32 * 1024;

    private final Header header;
    private final int width;
    private final int rowsPerBlock;
    private final List<double[]> blocks = new ArrayList<>();
    private long[] stamps = new long[256];
    private long[] lines = new long[256];
    private final Map<Integer, BadCell> badCells = new HashMap<>();
    private int rows;
    private boolean abandoned;

    private record BadCell(int channel, InputFormatException error) {
    }

    /** What the reader said before its first row. */
    private record Header(LoggerIdentity identity, List<Channel> channels, List<SkippedColumn> skippedColumns,
                          StampPosition stampPosition, Optional<Duration> interval, Optional<String> sniffedLayout) {
    }

    /** Starts holding the rows of a reader that has read its header and no row yet. */
    HeldRows(RowReader reader) {
        this.header = new Header(reader.identity(), List.copyOf(reader.channels()),
                List.copyOf(reader.skippedColumns()), reader.stampPosition(), reader.interval(),
                reader.sniffedLayout());
        this.width = Math.max(1, header.channels().size());
        this.rowsPerBlock = Math.max(1, BLOCK_CELLS / width);
        this.abandoned = (long) width > MAX_CELLS;
    }

    /** Holds the reader's current row (one the scan keeps), unless holding was given up. */
    void add(RowReader reader) {
        if (abandoned) {
            return;
        }
        if ((long) (rows + 1) * width > MAX_CELLS) {
            abandon();
            return;
        }
        if (rows == stamps.length) {
            stamps = Arrays.copyOf(stamps, rows * 2);
            lines = Arrays.copyOf(lines, rows * 2);
        }
        int offset = (rows % rowsPerBlock) * width;
        if (offset == 0) {
            blocks.add(new double[rowsPerBlock * width]);
        }
        double[] block = blocks.get(blocks.size() - 1);
        stamps[rows] = reader.timestampMillis();
        lines[rows] = reader.lineNumber();
        int channels = header.channels().size();
        for (int channel = 0; channel < channels; channel++) {
            try {
                block[offset + channel] = reader.value(channel);
            } catch (InputFormatException e) {
                if (badCells.size() == MAX_BAD_CELL_ROWS) {
                    abandon();
                    return;
                }
                badCells.put(rows, new BadCell(channel, e)); // the row's later cells are never asked for
                break;
            }
        }
        rows++;
    }

    /** Whether every kept row is held: the load may replay them. */
    boolean complete() {
        return !abandoned;
    }

    private void abandon() {
        abandoned = true;
        blocks.clear();
        badCells.clear();
        stamps = new long[0];
        lines = new long[0];
        rows = 0;
    }

    /** A reader over the held rows, positioned before the first; each call starts again from the first. */
    RowReader replay() {
        if (abandoned) {
            throw new IllegalStateException("the rows were not held");
        }
        return new Replay();
    }

    private final class Replay implements RowReader {
        private int row = -1;

        @Override
        public LoggerIdentity identity() {
            return header.identity();
        }

        @Override
        public List<Channel> channels() {
            return header.channels();
        }

        @Override
        public List<SkippedColumn> skippedColumns() {
            return header.skippedColumns();
        }

        @Override
        public StampPosition stampPosition() {
            return header.stampPosition();
        }

        @Override
        public Optional<Duration> interval() {
            return header.interval();
        }

        @Override
        public Optional<String> sniffedLayout() {
            return header.sniffedLayout();
        }

        @Override
        public boolean next() {
            if (row + 1 >= rows) {
                row = rows;
                return false;
            }
            row++;
            return true;
        }

        @Override
        public long timestampMillis() {
            return stamps[row];
        }

        @Override
        public double value(int channel) {
            BadCell bad = badCells.isEmpty() ? null : badCells.get(row);
            if (bad != null && channel >= bad.channel()) {
                if (channel == bad.channel()) {
                    throw bad.error();
                }
                throw new IllegalStateException("cells after a bad cell were not read");
            }
            return blocks.get(row / rowsPerBlock)[(row % rowsPerBlock) * width + channel];
        }

        @Override
        public long lineNumber() {
            return lines[row];
        }

        @Override
        public void close() {
        }
    }
}
