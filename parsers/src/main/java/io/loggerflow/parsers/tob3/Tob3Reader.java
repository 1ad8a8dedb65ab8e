package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.campbell.BinaryRecordReader;
import io.loggerflow.parsers.campbell.SentinelValues;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Streams the records of a TOB3 file in time order, one frame in memory at a time: a first pass over the
 * frame footers finds the oldest frame of the ring ({@link RingOrder}), then the frames are read from there to
 * the end of the file and from the first frame up to there.
 */
final class Tob3Reader extends BinaryRecordReader {
    static final String SENTINELS_OPTION = SentinelValues.OPTION;
    /** Campbell's time base: seconds since 1990-01-01 00:00:00 on the logger clock. */
    private static final LocalDateTime EPOCH = LocalDateTime.of(1990, 1, 1, 0, 0);

    private final InputSource source;
    private final String fileName;
    private final ZoneId zone;
    private final Tob3Header header;
    private final Tob3Field[] fields;
    private final SentinelValues sentinels;
    private final RingOrder ring;
    /** The frame ranges [from, to) in reading order. */
    private final long[][] segments;
    private final byte[] frame;
    // the record blocks of the current frame (one, or one per minor frame): start in the frame, record count
    private final int[] blockStart;
    private final int[] blockRecords;

    private InputStream in;
    private int segment = -1;
    private long nextFrame;
    private int blockCount;
    private int block;
    private int recordInBlock;
    private boolean truncationReported;

    private int recordStart;
    private long recordNumber;

    Tob3Reader(InputSource source, ParseSettings settings) throws IOException {
        this.source = source;
        this.fileName = source.name();
        this.zone = settings.timeZone();
        try (InputStream first = source.open()) {
            this.header = Tob3Header.read(first, fileName, settings);
            this.ring = RingOrder.scan(first, header);
        }
        this.identity = header.identity;
        this.channels = header.channels();
        this.stampPosition = StampPosition.END;
        this.interval = header.interval();
        this.fields = header.channelFields.toArray(new Tob3Field[0]);
        this.sentinels = SentinelValues.of(settings);
        this.segments = ring.oldest() == 0
                ? new long[][]{{0, ring.frames()}}
                : new long[][]{{ring.oldest(), ring.frames()}, {0, ring.oldest()}};
        this.frame = new byte[header.frameSize];
        int maxBlocks = header.frameSize / (Tob3Header.FRAME_HEADER_SIZE + FrameFooter.SIZE + header.recordSize) + 1;
        this.blockStart = new int[maxBlocks];
        this.blockRecords = new int[maxBlocks];
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return header.skippedColumns;
    }

    @Override
    public boolean next() throws IOException {
        hasRecord = false;
        while (true) {
            if (block < blockCount && recordInBlock < blockRecords[block]) {
                selectRecord();
                recordInBlock++;
                hasRecord = true;
                return true;
            }
            if (block < blockCount) {
                block++;
                recordInBlock = 0;
                continue;
            }
            if (!loadNextFrame()) {
                return false;
            }
        }
    }

    /** Reads the next frame with records into {@link #frame}; false after the last one. */
    private boolean loadNextFrame() throws IOException {
        blockCount = 0;
        block = 0;
        recordInBlock = 0;
        while (true) {
            if (segment < 0 || nextFrame >= segments[segment][1]) {
                if (segment + 1 >= segments.length) {
                    return endOfFrames();
                }
                segment++;
                seek(segments[segment][0]);
                continue;
            }
            long position = nextFrame++;
            if (in.readNBytes(frame, 0, frame.length) < frame.length) {
                throw new InputFormatException(fileName, position + 1, null, "the file became shorter while it was read");
            }
            splitIntoBlocks(position + 1);
            if (blockCount > 0) {
                return true;
            }
        }
    }

    private boolean endOfFrames() {
        if (ring.trailingBytes() > 0 && !truncationReported) {
            truncationReported = true;
            throw Tob3RowException.frame(fileName, ring.frames() + 1, "truncated frame: the file ends after "
                    + ring.trailingBytes() + " of its " + header.frameSize + " bytes; its records are left out");
        }
        return false;
    }

    private void seek(long frameIndex) throws IOException {
        if (in != null) {
            in.close();
        }
        in = source.open();
        long target = header.dataStart + frameIndex * header.frameSize;
        if (Streams.skip(in, target) < target) {
            throw new InputFormatException(fileName, frameIndex + 1, null, "the file became shorter while it was read");
        }
        nextFrame = frameIndex;
    }

    /**
     * Checks the frame's footer and finds its records: all of them, or those of each minor frame (a frame the
     * logger closed early, e.g. after a lapse in the records, holds minor frames, each with its own header
     * and footer whose offset is the minor frame's size, walked back from the last one).
     */
    private void splitIntoBlocks(long frameNo) {
        int size = header.frameSize;
        FrameFooter footer = FrameFooter.at(frame, size - FrameFooter.SIZE);
        if (footer.stamp() != header.stamp && footer.stamp() != header.complement()) {
            if (frameNo - 1 > ring.lastValid()) {
                return; // allocated on the card, never written: no records, so nothing left out
            }
            throw Tob3RowException.frame(fileName, frameNo, "validation stamp " + footer.stamp()
                    + " is neither the header's " + header.stamp + " nor its complement " + header.complement()
                    + ": not a frame of this table's ring; its records are left out");
        }
        if (footer.empty()) {
            return;
        }
        int recordBytes = size - Tob3Header.FRAME_HEADER_SIZE - FrameFooter.SIZE;
        if (!footer.minor()) {
            if (footer.offset() > recordBytes) {
                throw Tob3RowException.frame(fileName, frameNo, "footer offset " + footer.offset()
                        + " exceeds the frame's " + recordBytes + " record bytes; its records are left out");
            }
            addBlock(0, (recordBytes - footer.offset()) / header.recordSize);
            return;
        }
        int end = size - footer.offset(); // the offset counts the unused bytes and the frame's own footer
        int count = 0;
        int[] starts = new int[blockStart.length];
        int[] records = new int[blockStart.length];
        while (end > 0) {
            int minorSize = end >= FrameFooter.SIZE ? FrameFooter.at(frame, end - FrameFooter.SIZE).offset() : 0;
            int body = minorSize - Tob3Header.FRAME_HEADER_SIZE - FrameFooter.SIZE;
            if (minorSize > end || body < 0 || body % header.recordSize != 0 || count == starts.length) {
                throw Tob3RowException.frame(fileName, frameNo, "its minor frames do not add up to the frame"
                        + " (a minor frame of " + minorSize + " bytes ends at byte " + end + "); its records are left out");
            }
            starts[count] = end - minorSize;
            records[count] = body / header.recordSize;
            count++;
            end -= minorSize;
        }
        for (int i = count - 1; i >= 0; i--) {
            addBlock(starts[i], records[i]);
        }
    }

    private void addBlock(int start, int records) {
        if (records > 0) {
            blockStart[blockCount] = start;
            blockRecords[blockCount] = records;
            blockCount++;
        }
    }

    /** Makes record {@link #recordInBlock} of the current block the current row: its bytes, number and time. */
    private void selectRecord() {
        int start = blockStart[block];
        long seconds = unsigned32(start);
        long ticks = unsigned32(start + 4);
        recordNumber = unsigned32(start + 8) + recordInBlock;
        recordStart = start + Tob3Header.FRAME_HEADER_SIZE + recordInBlock * header.recordSize;
        try {
            long nanos = Math.addExact(Math.multiplyExact(ticks, header.tickNanos),
                    Math.multiplyExact((long) recordInBlock, header.intervalNanos));
            timestampMillis = EPOCH.plusSeconds(seconds).plusNanos(nanos).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            recordInBlock++;
            throw Tob3RowException.record(fileName, recordNumber, null, "timestamp out of range: " + seconds
                    + " s and " + ticks + " ticks since 1990-01-01", e);
        }
    }

    private long unsigned32(int at) {
        return (frame[at] & 0xFFL) | (frame[at + 1] & 0xFFL) << 8 | (frame[at + 2] & 0xFFL) << 16
                | (frame[at + 3] & 0xFFL) << 24;
    }

    @Override
    public double value(int channel) {
        requireRecord();
        Tob3Field field = fields[channel];
        double value;
        try {
            value = field.decode(frame, recordStart);
        } catch (IllegalArgumentException e) {
            throw Tob3RowException.record(fileName, recordNumber, field.name(), e.getMessage(), e);
        }
        return sentinels.screen(value);
    }

    /** The logger's record number of the current record (from its frame header). */
    @Override
    public long lineNumber() {
        return recordNumber;
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
    }
}
