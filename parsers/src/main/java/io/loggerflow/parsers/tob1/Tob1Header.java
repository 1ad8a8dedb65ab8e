package io.loggerflow.parsers.tob1;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
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
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The five ASCII header lines of a TOB1 file and the record layout they define. */
final class Tob1Header {
    static final int LINES = 5;
    static final String CHARSET_OPTION = "encoding";
    static final String SECONDS = "SECONDS";
    static final String NANOSECONDS = "NANOSECONDS";
    static final String RECORD = "RECORD";
    // a header line longer than this is not a TOB1 header (protects against reading a whole binary file)
    private static final int MAX_LINE_BYTES = 1 << 20;
    private static final String[] LINE_NAMES = {"environment", "field names", "units", "processing", "data types"};

    /** One field of the binary record. */
    record Field(String name, String unit, String processing, FieldType type, int offset) {
    }

    private final LoggerIdentity identity;
    private final List<Field> channelFields;
    private final List<SkippedColumn> skippedColumns;
    private final Field seconds;
    private final Field nanoseconds;
    private final int recordSize;

    private Tob1Header(LoggerIdentity identity, List<Field> channelFields, List<SkippedColumn> skippedColumns,
                       Field seconds, Field nanoseconds, int recordSize) {
        this.identity = identity;
        this.channelFields = channelFields;
        this.skippedColumns = skippedColumns;
        this.seconds = seconds;
        this.nanoseconds = nanoseconds;
        this.recordSize = recordSize;
    }

    /** Reads the header from the stream, leaving it positioned at the first binary record. */
    static Tob1Header read(InputStream in, String fileName, ParseSettings settings) throws IOException {
        Charset charset = charset(settings);
        CsvParser csv = new CsvParser(csvSettings());
        String[][] lines = new String[LINES][];
        for (int i = 0; i < LINES; i++) {
            byte[] bytes = readLine(in, fileName, i + 1);
            if (i == 0 && hasBom(bytes)) {
                bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
            }
            lines[i] = BinaryHeaderFields.parseLine(csv, decode(bytes, charset, fileName, i + 1), fileName, i + 1);
        }
        return build(lines, fileName, settings);
    }

    private static Tob1Header build(String[][] lines, String fileName, ParseSettings settings) {
        String[] environment = lines[0];
        if (environment.length < 1 || !"TOB1".equals(cell(environment, 0))) {
            throw error(fileName, 1, null, "not a TOB1 file: the first field of line 1 must be TOB1");
        }
        String station = LoggerNames.orFallback(cell(environment, 1), fileName, settings);
        LoggerIdentity identity = new LoggerIdentity(station, cell(environment, 7), cell(environment, 2),
                cell(environment, 3));
        String[] names = lines[1];
        BinaryHeaderFields.requireSameFieldCount(lines, 2, LINE_NAMES, fileName);
        List<Field> channels = new ArrayList<>();
        List<SkippedColumn> skipped = new ArrayList<>();
        Field seconds = null;
        Field nanoseconds = null;
        int offset = 0;
        for (int i = 0; i < names.length; i++) {
            String name = BinaryHeaderFields.requireName(names, i, 2, fileName);
            FieldType type;
            try {
                type = FieldType.parse(lines[4][i], settings.option(FieldType.IEEE8_BYTE_ORDER_OPTION));
            } catch (IllegalArgumentException e) {
                throw error(fileName, 5, name, e.getMessage());
            }
            Field field = new Field(name, cell(lines[2], i), cell(lines[3], i), type, offset);
            offset = Math.addExact(offset, type.size());
            if (name.equalsIgnoreCase(SECONDS)) {
                seconds = requireInteger(field, fileName);
            } else if (name.equalsIgnoreCase(NANOSECONDS)) {
                nanoseconds = requireInteger(field, fileName);
            } else if (!name.equalsIgnoreCase(RECORD)) {
                String reason = BinaryHeaderFields.skipReason(field.processing(), field.type().kind());
                if (reason == null) {
                    channels.add(field);
                } else {
                    skipped.add(new SkippedColumn(name, reason));
                }
            }
        }
        if (seconds == null) {
            throw error(fileName, 2, null, "no SECONDS field: TOB1 files written without timestamps cannot be loaded");
        }
        if (channels.isEmpty()) {
            throw error(fileName, 2, null, "the header names no numeric measurement fields");
        }
        return new Tob1Header(identity, List.copyOf(channels), List.copyOf(skipped), seconds, nanoseconds, offset);
    }

    private static Field requireInteger(Field field, String fileName) {
        if (!field.type().integral()) {
            throw error(fileName, 5, field.name(), "must have an integer type such as ULONG, not "
                    + field.type().name());
        }
        return field;
    }

    LoggerIdentity identity() {
        return identity;
    }

    /** The fields that become channels, in file order. */
    List<Field> channelFields() {
        return channelFields;
    }

    /** The fields that are neither the time, RECORD nor a channel, with why. */
    List<SkippedColumn> skippedColumns() {
        return skippedColumns;
    }

    List<Channel> channels() {
        return channelFields.stream().map(f -> new Channel(f.name(), f.unit(), f.processing())).toList();
    }

    Field seconds() {
        return seconds;
    }

    /** The NANOSECONDS field, or null when the file has none. */
    Field nanoseconds() {
        return nanoseconds;
    }

    int recordSize() {
        return recordSize;
    }

    private static byte[] readLine(InputStream in, String fileName, int line) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (bytes.size() >= MAX_LINE_BYTES) {
                throw error(fileName, line, null, "header line is longer than " + MAX_LINE_BYTES
                        + " bytes: not a TOB1 header");
            }
            bytes.write(b);
        }
        if (b == -1 && bytes.size() == 0) {
            throw error(fileName, line, null, "the file ends inside the " + LINES + "-line TOB1 header (missing "
                    + LINE_NAMES[line - 1] + " line)");
        }
        byte[] result = bytes.toByteArray();
        int length = result.length;
        if (length > 0 && result[length - 1] == '\r') {
            result = Arrays.copyOf(result, length - 1);
        }
        return result;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Charset charset(ParseSettings settings) {
        String name = settings.option(CHARSET_OPTION).orElse("UTF-8").trim();
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + CHARSET_OPTION + ": unknown character set '" + name + "'", e);
        }
    }

    private static String decode(byte[] bytes, Charset charset, String fileName, int line) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? "; set option " + CHARSET_OPTION + " (e.g. windows-1252) if the logger writes another encoding"
                    : "";
            throw new InputFormatException(fileName, line, null, "header line is not valid " + charset.name()
                    + " text" + hint, e);
        }
    }

    private static CsvParserSettings csvSettings() {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(',');
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        settings.getFormat().setLineSeparator("\n");
        settings.setCommentProcessingEnabled(false); // a '#' in a station name is data, not a comment
        settings.setReadInputOnSeparateThread(false);
        settings.setInputBufferSize(CsvParsing.INPUT_BUFFER_CHARS);
        settings.setMaxCharsPerColumn(64 * 1024);
        settings.setMaxColumns(8192);
        settings.setNullValue("");
        settings.setEmptyValue("");
        return settings;
    }

    private static String cell(String[] line, int index) {
        return HeaderCells.cell(line, index);
    }

    private static InputFormatException error(String fileName, long line, String column, String reason) {
        return new InputFormatException(fileName, line, column, reason);
    }
}
