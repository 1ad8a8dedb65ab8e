package io.loggerflow.parsers.zx;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams a ZX Lidars CSV file row by row; see {@link ZxCsvFormat}. */
final class ZxCsvReader extends DelimitedRowReader {
    static final String FIRST_ITEM = "CSV Converter:";
    static final String TIMESTAMP_COLUMN = "Time and Date";
    /** Columns that are not measurements: counters, the timestamp, text flags, "lat lon" GPS text. */
    private static final Set<String> NOT_CHANNELS = Set.of("Reference", TIMESTAMP_COLUMN, "Timestamp (s)",
            "Info. Flags", "Status Flags", "GPS");
    private static final Pattern HEIGHT_NAME = Pattern.compile("(.+?)(?: \\(([^()]*)\\))? at (\\d+(?:[.,]\\d+)?)m");
    private static final Pattern WITH_UNIT = Pattern.compile("(.+?) ?\\(([^()]*)\\)");
    private static final Pattern TIME_SYNC = Pattern.compile(
            "(?:UTC|GMT)\\s*(?:([+-])\\s*(\\d{1,2})(?:[.,](\\d+))?)?\\s*(?:hrs?|hours?|h)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_KIND = Pattern.compile("(Wind\\d*)_.*");
    private static final String[] STATISTICS = {" Min", " Max", " Std. Dev."};

    private final String charset;
    private final int timestampColumn;
    private final int requiredFields;
    private final ZoneId zone;
    private final ZxTimestamps timestamps;
    private final char decimal;
    private final double[] sentinels;
    private final TimestampParser stamps = this::parseTimestamp;

    ZxCsvReader(BufferedReader in, Charset charset, String fileName, ParseSettings settings) throws IOException {
        super(fileName);
        this.charset = charset.name();
        this.timestamps = new ZxTimestamps(OptionValues.dateTimePattern(settings, ZxTimestamps.OPTION_PATTERN));
        this.sentinels = ZxText.sentinels(settings, 9999, 9998);
        String first = readLine(in, 1);
        if (first == null || !first.startsWith(FIRST_ITEM)) {
            throw error(first == null ? 0 : 1, null, "not a ZX CSV file: line 1 must start with '" + FIRST_ITEM + "'");
        }
        String second = readLine(in, 2);
        if (second == null || second.isBlank()) {
            throw error(1, null, "the file ends after line 1: no column header line");
        }
        Character option = ZxText.delimiterOption(settings);
        char delimiter = option != null ? option : second.indexOf(';') >= 0 ? ';' : second.indexOf('\t') >= 0 ? '\t' : ',';
        this.decimal = ZxText.decimal(settings, delimiter);

        Map<String, String> items = new HashMap<>();
        StampPosition stated = null;
        for (String item : split(first, delimiter)) {
            String text = item.trim();
            int colon = text.indexOf(':');
            if (colon > 0) {
                items.putIfAbsent(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (stated == null && (lower.contains("time stamp") || lower.contains("timestamp")) && lower.contains("indicate")) {
                stated = lower.contains("beginning") || lower.contains("start") ? StampPosition.START
                        : lower.contains("end") ? StampPosition.END : null;
            }
        }
        this.stampPosition = stated != null ? stated : StampPositions.option(settings, ZxText.OPTION_STAMP_POSITION);
        String unit = items.get("Unit");
        if (unit == null || unit.isBlank()) {
            throw error(1, null, "line 1 has no 'Unit: <serial>' item naming the lidar");
        }
        Matcher kind = FILE_KIND.matcher(fileName);
        this.identity = new LoggerIdentity(unit, kind.matches() ? kind.group(1) : "", null, unit);
        this.zone = zone(items.get("Time sync"), settings);

        String[] names = split(second, delimiter);
        int columnCount = names.length;
        boolean checksum = false;
        for (int i = 0; i < names.length; i++) {
            if (names[i].trim().startsWith("Checksum")) {
                columnCount = i; // the checksum is last and may itself contain the delimiter
                checksum = true;
                break;
            }
        }
        this.timestampColumn = indexOf(names, columnCount, TIMESTAMP_COLUMN);
        Set<String> skip = new HashSet<>(NOT_CHANNELS);
        settings.option(ZxText.OPTION_SKIP).ifPresent(v -> {
            for (String name : v.split("\\|")) {
                skip.add(name.trim());
            }
        });
        List<Channel> found = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columnCount; i++) {
            String name = names[i].trim();
            if (name.isEmpty() || skip.contains(name)) {
                continue;
            }
            int n = seen.merge(name, 1, Integer::sum);
            found.add(channel(n == 1 ? name : name + "#" + n, name));
            columns.add(i);
        }
        if (found.isEmpty()) {
            throw error(2, null, "the column header names no measurement columns");
        }
        this.channels = List.copyOf(found);
        this.requiredFields = columnCount + (checksum ? 1 : 0);
        rows(new DelimitedRecords( // no quoting: checksums contain '"'
                new CsvParser(CsvParsing.unquoted(delimiter, Math.max(8192, names.length * 2))), in, 2,
                DelimitedRecords.translator(fileName, 2, 0, CsvErrors.LIMITS, "unreadable line")),
                columns.stream().mapToInt(Integer::intValue).toArray(), null);
    }

    private String readLine(BufferedReader in, long line) throws IOException {
        String text = in.readLine();
        if (text != null && text.indexOf(TextInput.REPLACEMENT) >= 0) {
            throw error(line, null, "bytes that are not valid " + charset + " text (set option " + ZxText.OPTION_ENCODING + ")");
        }
        return text;
    }

    private static String[] split(String line, char delimiter) {
        return line.split(Pattern.quote(String.valueOf(delimiter)), -1);
    }

    private int indexOf(String[] names, int count, String wanted) {
        for (int i = 0; i < count; i++) {
            if (names[i].trim().equals(wanted)) {
                return i;
            }
        }
        throw error(2, null, "no '" + wanted + "' column in the column header line");
    }

    /** Unit, statistic and height as the column name states them, e.g. {@code Horizontal Wind Speed Min (m/s) at 97m}. */
    private static Channel channel(String channelName, String raw) {
        Matcher m = HEIGHT_NAME.matcher(raw);
        String quantity;
        String unit;
        Double height = null;
        if (m.matches()) {
            quantity = m.group(1);
            unit = m.group(2);
            height = Double.valueOf(m.group(3).replace(',', '.'));
        } else {
            Matcher u = WITH_UNIT.matcher(raw);
            quantity = u.matches() ? u.group(1) : raw;
            unit = u.matches() ? u.group(2) : null;
        }
        String statistic = quantity.equals("TI") ? "TI" : null;
        for (String token : STATISTICS) {
            if (quantity.endsWith(token)) {
                statistic = token.trim();
            }
        }
        return new Channel(channelName, unit == null || unit.isBlank() ? null : unit.trim(), statistic, height, null, null);
    }

    /** The clock offset from line 1 ({@code Time sync: UTC +1,0 hrs}), else the configured zone. */
    private ZoneId zone(String timeSync, ParseSettings settings) {
        if (timeSync == null || timeSync.isBlank() || !TimeZoneSources.useHeader(settings, "zx-csv")) {
            return settings.timeZone();
        }
        Matcher m = TIME_SYNC.matcher(timeSync.trim());
        if (!m.matches()) {
            throw error(1, null, "unrecognised time sync '" + Cells.abbreviate(timeSync.trim()) + "' (expected e.g. "
                    + "UTC +1,0 hrs; set option " + TimeZoneSources.OPTION + "=settings to use the configured zone)");
        }
        if (m.group(1) == null) {
            return ZoneOffset.UTC;
        }
        try {
            return UtcOffsets.of(m.group(1), m.group(2), null, m.group(3));
        } catch (DateTimeException e) {
            throw error(1, null, "time sync offset out of range: '" + timeSync.trim() + "'");
        }
    }



    @Override
    protected long timestampOf(String[] row) {
        if (row.length < requiredFields) {
            throw error(lineNumber(), null, "expected " + requiredFields + " fields but found " + row.length);
        }
        return timestamp(row[timestampColumn], TIMESTAMP_COLUMN, timestamps.expected(), stamps);
    }

    private long parseTimestamp(String text) {
        return timestamps.parse(text.trim()).atZone(zone).toInstant().toEpochMilli();
    }

    @Override
    protected double number(String text) {
        return Cells.number(text, decimal, sentinels);
    }
}
