package io.loggerflow.parsers.kintech;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.OptionValues;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.StampPositions;
import io.loggerflow.parsers.TimeZoneSources;
import io.loggerflow.parsers.UtcOffsets;
import io.loggerflow.parsers.generic.Options;
import io.loggerflow.parsers.generic.StampColumns;
import io.loggerflow.parsers.generic.StampedTableReader;
import io.loggerflow.parsers.generic.Timestamps;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams the data rows of an Atlas output data file; see {@link KintechFormat} and package-info. */
final class KintechReader extends StampedTableReader {
    /** The rows seen write {@code 2021-11-17,12:30}; the header states {@code yyyy/MM/dd}, so both are read. */
    static final String DEFAULT_PATTERN = "[yyyy-MM-dd][yyyy/MM/dd],HH:mm[:ss]";
    private static final String STAMP_COLUMN = "DateTime";
    /** Statistic suffixes of the short header's cells ({@code FRQ(1)-STDev}); a bare prefix is the average. */
    private static final Map<String, String> STATISTICS = Map.of("STDev", "SD", "Min", "Min", "Max", "Max",
            "TI30", "TI30");
    /** The sensor type in a configured name: {@code F1_WS_100_0_A100L2/LK}, {@code A5_PR_10_0_Setra...}. */
    private static final Pattern TYPE_IN_NAME = Pattern.compile("[A-Za-z]+\\d*_([A-Za-z]+)_\\d.*");
    /** Type codes seen in public files (WS, WD, PR, RAD, V) and two assumed ones, as words the metadata rules know. */
    private static final Map<String, String> SENSOR_TYPES = Map.of("WS", "anemometer", "WD", "vane",
            "PR", "barometer", "RAD", "pyranometer", "V", "voltage", "T", "thermometer", "RH", "hygrometer");

    private final String charset;
    private final char grouping;
    private final Pattern grouped;

    KintechReader(BufferedReader in, Charset charset, String fileName, Options options) throws IOException {
        super(fileName);
        this.charset = charset.name();
        long line = 1;
        String metadata = headerLine(in, line, this.charset, OPTION_ENCODING);
        if (metadata != null && !metadata.startsWith(KintechFormat.SIGNATURE)) {
            metadata = headerLine(in, ++line, this.charset, OPTION_ENCODING); // after the signature line
        }
        if (metadata == null || !metadata.startsWith(KintechFormat.SIGNATURE)) {
            throw error(line, null, "not an Atlas output data file: line 1 or 2 must begin with '"
                    + KintechFormat.SIGNATURE + "'");
        }
        KintechHeader header = KintechHeader.parse(metadata, fileName, line);
        char separator = header.separator().length() == 1 ? header.separator().charAt(0) : ' ';
        String[] prefixes = columnHeader(headerLine(in, ++line, this.charset, OPTION_ENCODING), separator, line);
        String[] names = columnHeader(headerLine(in, ++line, this.charset, OPTION_ENCODING), separator, line);
        if (prefixes.length != names.length) {
            throw error(line, null, "the two column headers differ in length (" + prefixes.length + " and "
                    + names.length + " columns)");
        }
        char decimal = header.decimal().equals(",") ? ',' : '.';
        this.grouping = decimal == '.' ? ',' : '.';
        this.grouped = Pattern.compile("[+-]?\\d{1,3}(?:" + Pattern.quote(String.valueOf(grouping)) + "\\d{3})+(?:"
                + Pattern.quote(String.valueOf(decimal)) + "\\d*)?");
        this.stampPosition = options.settings().option(OPTION_STAMP_POSITION).isPresent()
                ? StampPositions.option(options.settings(), OPTION_STAMP_POSITION) : StampPosition.END;
        String serial = header.serial().isBlank() ? null : header.serial().strip();
        this.identity = new LoggerIdentity(options.get(LoggerNames.OPTION).orElse(serial != null ? serial
                : LoggerNames.fallback(fileName, options.settings())), options.get("table", ""), "Orbit 360", serial);

        List<Channel> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < names.length; i++) {
            if (!seen.add(names[i])) {
                throw error(line, names[i], "duplicate column name");
            }
            found.add(channel(prefixes[i], names[i], header));
        }
        if (found.isEmpty()) {
            throw error(line, null, "the column header names no measurement columns");
        }
        this.channels = List.copyOf(found);
        Timestamps timestamps = timestamps(options, zone(header, options, line - 2));
        table(names.length, names.length, new StampColumns(1, STAMP_COLUMN), timestamps, decimal,
                OptionValues.numbers(options.settings(), OPTION_MISSING, true));
        int[] columns = new int[found.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = i + 1;
        }
        rows(new DelimitedRecords(new CsvParser(CsvParsing.unquoted(separator, Math.max(8192, names.length * 2))), in,
                line, DelimitedRecords.translator(fileName, line, 0, CsvErrors.LIMITS, "unreadable line")), columns,
                null);
    }

    /** A column header's cells without the trailing blank the files end it with; the first must be DateTime. */
    private String[] columnHeader(String text, char separator, long line) {
        if (text == null) {
            throw error(line - 1, null, "the file ends before its two column headers");
        }
        String[] cells = text.strip().split(Pattern.quote(String.valueOf(separator)));
        if (!cells[0].equals(STAMP_COLUMN)) {
            throw error(line, cells[0], "a column header must begin with " + STAMP_COLUMN);
        }
        return cells;
    }

    /**
     * The long header's name, raw; statistic from the short header's suffix; unit, height and orientation from the
     * definition of the short header's prefix; the sensor type from the type code in the configured name.
     */
    private static Channel channel(String prefixCell, String name, KintechHeader header) {
        int dash = prefixCell.lastIndexOf('-');
        boolean suffixed = dash > 0 && STATISTICS.containsKey(prefixCell.substring(dash + 1));
        String prefix = suffixed ? prefixCell.substring(0, dash) : prefixCell;
        String statistic = suffixed ? STATISTICS.get(prefixCell.substring(dash + 1)) : "Avg";
        boolean ratio = statistic.equals("TI30"); // a turbulence intensity has no unit, whatever the sensor's
        return header.channel(prefix).map(definition -> new Channel(name, ratio ? null : definition.unit(), statistic,
                        definition.heightM(), definition.orientationDeg(), sensorType(definition.name())))
                .orElseGet(() -> new Channel(name, null, statistic));
    }

    private static String sensorType(String configuredName) {
        if (configuredName.equalsIgnoreCase("battery")) {
            return "battery voltage";
        }
        Matcher m = TYPE_IN_NAME.matcher(configuredName);
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1).toUpperCase(Locale.ROOT);
        return SENSOR_TYPES.getOrDefault(code, code);
    }

    private static Timestamps timestamps(Options options, ZoneId zone) {
        return options.get(OPTION_PATTERN).isPresent() ? StampColumns.timestamps(options, OPTION_PATTERN, zone)
                : Timestamps.pattern(DEFAULT_PATTERN, zone);
    }

    /** The header's clock ({@code UTC+00:00:00}) unless option time-zone-source says settings. */
    private ZoneId zone(KintechHeader header, Options options, long line) {
        if (header.zone().isBlank() || !TimeZoneSources.useHeader(options.settings(), KintechFormat.NAME)) {
            return options.settings().timeZone();
        }
        try {
            return UtcOffsets.parseUtc(header.zone());
        } catch (DateTimeException e) {
            throw error(line, null, "unrecognised time zone '" + Cells.abbreviate(header.zone()) + "' (expected e.g. "
                    + "UTC+01:00:00; set option " + TimeZoneSources.OPTION + "=settings to use the configured zone)");
        }
    }

    /** Blanks separate the cells, so a line of blanks is a record of empty cells. */
    @Override
    protected boolean isBlankLine(String[] record) {
        for (String cell : record) {
            if (cell != null && !cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A cell, with thousands grouped as the files write a pressure ({@code 1,008.0}). */
    @Override
    protected double number(String text) {
        if (text != null && text.indexOf(grouping) >= 0 && grouped.matcher(text).matches()) {
            return super.number(text.replace(String.valueOf(grouping), ""));
        }
        return super.number(text);
    }
}
