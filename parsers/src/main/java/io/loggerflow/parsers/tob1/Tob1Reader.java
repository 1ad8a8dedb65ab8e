package io.loggerflow.parsers.tob1;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
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

/** Streams the fixed-length binary records of a TOB1 file one at a time; see {@link Tob1Format}. */
final class Tob1Reader extends BinaryRecordReader {
    static final String SENTINELS_OPTION = SentinelValues.OPTION;
    /** Campbell's time base: seconds since 1990-01-01 00:00:00 on the logger clock. */
    static final LocalDateTime EPOCH = LocalDateTime.of(1990, 1, 1, 0, 0);
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final InputStream in;
    private final String fileName;
    private final ZoneId zone;
    private final Tob1Header header;
    private final Tob1Header.Field[] channelFields;
    private final SentinelValues sentinels;
    private final byte[] record;

    private long recordNumber;

    Tob1Reader(InputStream in, String fileName, ParseSettings settings) throws IOException {
        this.in = in;
        this.fileName = fileName;
        this.zone = settings.timeZone();
        this.header = Tob1Header.read(in, fileName, settings);
        this.channels = header.channels();
        this.channelFields = header.channelFields().toArray(new Tob1Header.Field[0]);
        this.sentinels = SentinelValues.of(settings);
        this.record = new byte[header.recordSize()];
    }

    @Override
    public LoggerIdentity identity() {
        return header.identity();
    }

    @Override
    public List<SkippedColumn> skippedColumns() {
        return header.skippedColumns();
    }


    @Override
    public boolean next() throws IOException {
        int read = in.readNBytes(record, 0, record.length);
        if (read == 0) {
            hasRecord = false;
            return false;
        }
        recordNumber++;
        if (read < record.length) {
            hasRecord = false;
            throw new RecordException(fileName, recordNumber, null, "truncated record: the file ends after "
                    + read + " of its " + record.length + " bytes");
        }
        hasRecord = true;
        timestampMillis = timestamp();
        return true;
    }

    private long timestamp() {
        long seconds = (long) header.seconds().type().decode(record, header.seconds().offset());
        long nanos = 0;
        Tob1Header.Field nanoField = header.nanoseconds();
        if (nanoField != null) {
            nanos = (long) nanoField.type().decode(record, nanoField.offset());
            if (nanos < 0 || nanos >= NANOS_PER_SECOND) {
                throw new RecordException(fileName, recordNumber, nanoField.name(), nanos
                        + " is not a nanosecond count below one second");
            }
        }
        if (seconds < 0) {
            throw new RecordException(fileName, recordNumber, header.seconds().name(), "negative seconds " + seconds);
        }
        try {
            return EPOCH.plusSeconds(seconds).plusNanos(nanos).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            throw new RecordException(fileName, recordNumber, header.seconds().name(),
                    "timestamp out of range: " + seconds + " s since 1990-01-01", e);
        }
    }

    /** Campbell interval tables stamp a record when its interval closes. */
    @Override
    public StampPosition stampPosition() {
        return StampPosition.END;
    }

    @Override
    public double value(int channel) {
        requireRecord();
        Tob1Header.Field field = channelFields[channel];
        double value;
        try {
            value = field.type().decode(record, field.offset());
        } catch (IllegalArgumentException e) {
            throw new RecordException(fileName, recordNumber, field.name(), e.getMessage(), e);
        }
        return sentinels.screen(value);
    }

    /** The 1-based number of the current binary record (its position in the file, not the RECORD field). */
    @Override
    public long lineNumber() {
        return recordNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
