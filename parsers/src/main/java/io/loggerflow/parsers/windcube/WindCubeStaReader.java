package io.loggerflow.parsers.windcube;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.OptionValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.StampPositions;
import io.loggerflow.parsers.TimeZoneSources;
import io.loggerflow.parsers.TextInput;
import io.loggerflow.parsers.UtcOffsets;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams a WindCube .sta file row by row; see {@link WindCubeStaFormat}. */
final class WindCubeStaReader extends DelimitedRowReader {

    private static final Pattern FIRST_LINE = Pattern.compile("(HeaderSize|HeaderLength)\\s*=\\s*(\\d{1,6})\\s*");
    private static final Pattern ALTITUDES_KEY = Pattern.compile("Altitudes\\s*\\(m\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile(
            "(?:UTC|GMT)\\s*(?:([+-])\\s*(\\d{1,2})(?:(?::|h)?(\\d{2})|[.,](\\d+))?)?", Pattern.CASE_INSENSITIVE);
    private static final int EXTRA_HEADER_LINES = 3;

    private record Entry(String value, long line) {
    }

    private final String charset;
    private final long lineOffset;
    private final int columnCount;
    private final int requiredFields;
    private final String timestampName;
    private final StaTimestamps timestamps;
    private final ZoneId zone;
    private final double[] sentinels;
    private final TimestampParser stamps = this::parseTimestamp;

    WindCubeStaReader(BufferedReader in, Charset charset, String fileName, ParseSettings settings) throws IOException {
        super(fileName);
        this.charset = charset.name();
        this.timestamps = new StaTimestamps(OptionValues.dateTimePattern(settings, StaTimestamps.OPTION_PATTERN));
        this.sentinels = StaText.sentinels(settings);
        String first = readLine(in, 1);
        Matcher declared = first == null ? null : FIRST_LINE.matcher(first);
        if (declared == null || !declared.matches()) {
            throw error(1, null, "not a WindCube .sta file: line 1 must be HeaderSize=<n> or HeaderLength=<n>");
        }
        int headerLines = Integer.parseInt(declared.group(2));
        Map<String, Entry> keys = new LinkedHashMap<>();
        long line = 1;
        String columnsLine;
        while (true) {
            String text = readLine(in, line + 1);
            if (text == null) {
                throw error(line, null, "the file ends before the column header line (a line starting with "
                        + "'Timestamp' or 'Date')");
            }
            line++;
            if (isColumnHeader(text)) {
                columnsLine = text;
                break;
            }
            if (line > headerLines + EXTRA_HEADER_LINES) {
                throw error(line, null, "no column header line (starting with 'Timestamp' or 'Date') after the "
                        + headerLines + "-line header declared on line 1");
            }
            int eq = text.indexOf('=');
            if (eq > 0) {
                keys.putIfAbsent(text.substring(0, eq).trim(), new Entry(text.substring(eq + 1), line));
            }
        }
        this.lineOffset = line;
        this.identity = identity(keys);
        this.zone = zone(keys, settings);
        String[] names = columnsLine.split("\t", -1);
        this.timestampName = names[0].trim();
        this.stampPosition = stampPosition(timestampName, settings);
        this.columnCount = names.length;
        StaColumns.Columns columns = StaColumns.of(names, altitudes(keys));
        if (columns.channels().isEmpty()) {
            throw error(line, null, "the column header names no measurement columns");
        }
        Set<String> unique = new HashSet<>();
        for (Channel channel : columns.channels()) {
            if (!unique.add(channel.name())) {
                throw error(line, channel.name(), "duplicate column name");
            }
        }
        this.channels = columns.channels();
        int[] channelColumns = columns.indexes();
        this.requiredFields = channelColumns[channelColumns.length - 1] + 1;
        rows(new DelimitedRecords( // no quoting in .sta files
                new CsvParser(CsvParsing.unquoted('\t', Math.max(8192, columnCount + 16))), in, lineOffset,
                DelimitedRecords.translator(fileName, lineOffset, 0, CsvErrors.LIMITS, "unreadable line")),
                channelColumns, null);
    }

    private String readLine(BufferedReader in, long line) throws IOException {
        String text = in.readLine();
        if (text != null && text.indexOf(TextInput.REPLACEMENT) >= 0) {
            throw error(line, null, "bytes that are not valid " + charset + " text (set option "
                    + StaText.OPTION_ENCODING + ")");
        }
        return text;
    }

    private static boolean isColumnHeader(String text) {
        int tab = text.indexOf('\t');
        if (tab < 0) {
            return false;
        }
        String first = text.substring(0, tab).trim().toLowerCase(Locale.ROOT);
        return first.equals("date") || first.startsWith("timestamp");
    }

    private LoggerIdentity identity(Map<String, Entry> keys) {
        Entry system = keys.get("ID System");
        if (system == null || system.value().isBlank()) {
            throw error(0, null, "the header has no 'ID System=' line naming the lidar");
        }
        String id = system.value().trim();
        return new LoggerIdentity(id, "sta", null, id);
    }

    private ZoneId zone(Map<String, Entry> keys, ParseSettings settings) {
        Entry entry = null;
        for (Map.Entry<String, Entry> e : keys.entrySet()) {
            if (e.getKey().equalsIgnoreCase("timezone")) {
                entry = e.getValue();
                break;
            }
        }
        if (entry == null || entry.value().isBlank() || !TimeZoneSources.useHeader(settings, "windcube-sta")) {
            return settings.timeZone();
        }
        Matcher m = ZONE.matcher(entry.value().trim());
        if (!m.matches()) {
            throw error(entry.line(), null, "unrecognised timezone '" + Cells.abbreviate(entry.value().trim())
                    + "' (expected e.g. UTC+1; set option " + TimeZoneSources.OPTION + "=settings to use the configured zone)");
        }
        if (m.group(1) == null) {
            return ZoneOffset.UTC;
        }
        try {
            return UtcOffsets.of(m.group(1), m.group(2), m.group(3), m.group(4));
        } catch (DateTimeException e) {
            throw error(entry.line(), null, "timezone offset out of range: '" + entry.value().trim() + "'");
        }
    }

    private List<String> altitudes(Map<String, Entry> keys) {
        for (Map.Entry<String, Entry> e : keys.entrySet()) {
            if (ALTITUDES_KEY.matcher(e.getKey()).matches()) {
                List<String> heights = new ArrayList<>();
                for (String part : e.getValue().value().trim().split("\\s+")) {
                    if (part.isEmpty()) {
                        continue;
                    }
                    try {
                        Double.parseDouble(part);
                    } catch (NumberFormatException ex) {
                        throw error(e.getValue().line(), null, "not a height in the altitudes list: '"
                                + Cells.abbreviate(part) + "'");
                    }
                    heights.add(part);
                }
                return heights;
            }
        }
        return List.of();
    }

    /**
     * The timestamp column states the convention ("Timestamp (end of interval)"); else the stamp-position option;
     * else END, as in the files that state it: Vaisala's manual says each line holds the data averaged over the
     * past interval, for both header generations (HeaderSize and HeaderLength).
     */
    private static StampPosition stampPosition(String timestampName, ParseSettings settings) {
        String name = timestampName.toLowerCase(Locale.ROOT);
        if (name.contains("end of")) {
            return StampPosition.END;
        }
        if (name.contains("start of") || name.contains("beginning of")) {
            return StampPosition.START;
        }
        if (settings.option(StaText.OPTION_STAMP_POSITION).isPresent()) {
            return StampPositions.option(settings, StaText.OPTION_STAMP_POSITION);
        }
        return StampPosition.END;
    }



    @Override
    protected long timestampOf(String[] row) {
        if (row.length < requiredFields) {
            throw error(lineNumber(), null, "expected " + columnCount + " fields but found " + row.length);
        }
        for (int i = columnCount; i < row.length; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                throw error(lineNumber(), null, "more fields than the " + columnCount + " of the column header");
            }
        }
        return timestamp(row[0], timestampName, timestamps.expected(), stamps);
    }

    private long parseTimestamp(String text) {
        return timestamps.parse(text.trim()).atZone(zone).toInstant().toEpochMilli();
    }

    @Override
    protected double number(String text) {
        return Cells.number(text, '.', sentinels);
    }
}
