package io.loggerflow.parsers.tob3;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.campbell.BinaryHeaderFields;
import io.loggerflow.parsers.campbell.HeaderCells;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The six ASCII header lines of a TOB3 file and the frame and record layout they define. */
final class Tob3Header {
    static final int LINES = 6;
    /** Seconds, sub-second ticks and record number of the frame's first record, each four bytes. */
    static final int FRAME_HEADER_SIZE = 12;
    // a header line longer than this is not a TOB3 header (protects against reading a whole binary file)
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final String[] LINE_NAMES = {"environment", "table", "field names", "units", "processing",
            "data types"};
    private static final Pattern INTERVAL = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Z]+)");
    private static final Map<String, Long> INTERVAL_UNITS = Map.of("NSEC", 1L, "USEC", 1_000L, "MSEC", 1_000_000L,
            "SEC", 1_000_000_000L, "MIN", 60_000_000_000L, "HR", 3_600_000_000_000L, "HOUR", 3_600_000_000_000L,
            "DAY", 86_400_000_000_000L);
    private static final Map<String, Long> RESOLUTIONS = Map.of("SecMsec", 1_000_000L, "Sec100Usec", 100_000L,
            "Sec10Usec", 10_000L, "SecUsec", 1_000L);

    final LoggerIdentity identity;
    final List<Tob3Field> channelFields;
    final List<SkippedColumn> skippedColumns;
    /** The non-timestamped record interval in nanoseconds: the step between the records of a frame. */
    final long intervalNanos;
    final int frameSize;
    final int recordSize;
    final int stamp;
    /** One tick of the frame header's sub-second count, in nanoseconds. */
    final long tickNanos;
    /** Bytes before the first frame: the header lines, which loggers pad with spaces to a fixed size. */
    final long dataStart;

    private Tob3Header(LoggerIdentity identity, List<Tob3Field> channelFields, List<SkippedColumn> skippedColumns,
                       long intervalNanos, int frameSize, int recordSize, int stamp, long tickNanos, long dataStart) {
        this.identity = identity;
        this.channelFields = channelFields;
        this.skippedColumns = skippedColumns;
        this.intervalNanos = intervalNanos;
        this.frameSize = frameSize;
        this.recordSize = recordSize;
        this.stamp = stamp;
        this.tickNanos = tickNanos;
        this.dataStart = dataStart;
    }

    /** The complement of the validation stamp, which marks the frames of the ring's other pass. */
    int complement() {
        return ~stamp & 0xFFFF;
    }

    /** Records in a frame without minor frames. */
    int recordsPerFrame() {
        return (frameSize - FRAME_HEADER_SIZE - FrameFooter.SIZE) / recordSize;
    }

    List<Channel> channels() {
        return channelFields.stream().map(f -> new Channel(f.name(), f.unit(), f.processing())).toList();
    }

    Duration interval() {
        return intervalNanos > 0 ? Duration.ofNanos(intervalNanos) : null;
    }

    /** Reads the header from the start of the stream, leaving it at the first frame. */
    static Tob3Header read(InputStream in, String fileName, ParseSettings settings) throws IOException {
        CsvParser csv = new CsvParser(CsvParsing.quoted(','));
        String[][] lines = new String[LINES][];
        long consumed = 0;
        for (int i = 0; i < LINES; i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            consumed += readLine(in, bytes, fileName, i + 1);
            lines[i] = BinaryHeaderFields.parseLine(csv, decode(bytes.toByteArray(), fileName, i + 1), fileName, i + 1);
        }
        return build(lines, consumed, fileName, settings);
    }

    private static Tob3Header build(String[][] lines, long dataStart, String fileName, ParseSettings settings) {
        String[] environment = lines[0];
        if (!"TOB3".equals(cell(environment, 0))) {
            throw error(fileName, 1, null, "not a TOB3 file: the first field of line 1 must be TOB3");
        }
        String[] table = lines[1];
        if (table.length < 6) {
            throw error(fileName, 2, null, "the table line has " + table.length + " fields; TOB3 needs at least 6"
                    + " (name, record interval, frame size, table size, validation stamp, time resolution)");
        }
        String station = LoggerNames.orFallback(cell(environment, 1), fileName, settings);
        LoggerIdentity identity = new LoggerIdentity(station, cell(table, 0), cell(environment, 2), cell(environment, 3));
        long intervalNanos = interval(cell(table, 1), fileName);
        int frameSize = integer(table, 2, "frame size", fileName);
        int stamp = integer(table, 4, "validation stamp", fileName);
        if (stamp > 0xFFFF) {
            throw error(fileName, 2, null, "validation stamp " + stamp + " does not fit 16 bits");
        }
        Long tick = RESOLUTIONS.get(cell(table, 5));
        if (tick == null) {
            throw error(fileName, 2, null, "unknown frame time resolution '" + cell(table, 5) + "' (known: "
                    + String.join(", ", new java.util.TreeSet<>(RESOLUTIONS.keySet())) + ")");
        }
        String[] names = lines[2];
        BinaryHeaderFields.requireSameFieldCount(lines, 3, LINE_NAMES, fileName);
        List<Tob3Field> channels = new ArrayList<>();
        List<SkippedColumn> skipped = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < names.length; i++) {
            String name = BinaryHeaderFields.requireName(names, i, 3, fileName);
            String processing = cell(lines[4], i);
            Tob3Types.Type type;
            try {
                type = Tob3Types.parse(lines[5][i], settings);
            } catch (IllegalArgumentException e) {
                throw error(fileName, 6, name, e.getMessage());
            }
            String reason = BinaryHeaderFields.skipReason(processing, type.kind());
            if (reason == null) {
                channels.add(new Tob3Field(name, cell(lines[3], i), processing, type.decoder(), offset));
            } else {
                skipped.add(new SkippedColumn(name, reason));
            }
            offset = Math.addExact(offset, type.size());
        }
        if (channels.isEmpty()) {
            throw error(fileName, 3, null, "the header names no numeric measurement fields");
        }
        if (offset == 0 || frameSize < FRAME_HEADER_SIZE + FrameFooter.SIZE + offset) {
            throw error(fileName, 2, null, "frame size " + frameSize + " cannot hold the " + FRAME_HEADER_SIZE
                    + "-byte frame header, one " + offset + "-byte record and the " + FrameFooter.SIZE + "-byte footer");
        }
        return new Tob3Header(identity, List.copyOf(channels), List.copyOf(skipped), intervalNanos, frameSize, offset,
                stamp, tick, dataStart);
    }

    /** {@code "5 MSEC"}, {@code "10 MIN"}, {@code "1 HR"}: the step between a frame's records. */
    private static long interval(String text, String fileName) {
        Matcher m = INTERVAL.matcher(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        Long unit = m.matches() ? INTERVAL_UNITS.get(m.group(2)) : null;
        if (unit == null) {
            throw error(fileName, 2, null, "unreadable record interval '" + text + "' (expected a number and one of "
                    + String.join(", ", new java.util.TreeSet<>(INTERVAL_UNITS.keySet())) + ")");
        }
        return new java.math.BigDecimal(m.group(1)).multiply(java.math.BigDecimal.valueOf(unit)).longValueExact();
    }

    private static int integer(String[] line, int index, String what, String fileName) {
        String text = cell(line, index);
        try {
            int value = Integer.parseInt(text == null ? "" : text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(fileName, 2, null, "the " + what + " '" + text + "' is not a non-negative integer");
        }
    }

    private static long readLine(InputStream in, ByteArrayOutputStream line, String fileName, int number)
            throws IOException {
        long read = 0;
        int b;
        while ((b = in.read()) != -1) {
            read++;
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_LINE_BYTES) {
                throw error(fileName, number, null, "header line is longer than " + MAX_LINE_BYTES
                        + " bytes: not a TOB3 header");
            }
            line.write(b);
        }
        if (b == -1) {
            throw error(fileName, number, null, "the file ends inside the " + LINES + "-line TOB3 header (in the "
                    + LINE_NAMES[number - 1] + " line)");
        }
        return read;
    }

    private static String decode(byte[] bytes, String fileName, int line) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "")
                    .strip(); // the last line is padded with spaces up to the first frame
        } catch (CharacterCodingException e) {
            throw new InputFormatException(fileName, line, null, "header line is not valid UTF-8 text", e);
        }
    }

    private static String cell(String[] line, int index) {
        return HeaderCells.cell(line, index);
    }

    private static InputFormatException error(String fileName, long line, String column, String reason) {
        return new InputFormatException(fileName, line, column, reason);
    }
}
