package io.loggerflow.parsers.aq500;

import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.FirstLinesReader;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.OptionValues;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams the data section of an AQ500 result file; see {@link Aq500Format} and package-info. */
final class Aq500Reader extends StampedTableReader {
    static final String OPTION_DELIMITER = "delimiter";
    /** "9999 and similar": the markers the sodar writes for a level without a valid measurement. */
    static final double[] DEFAULT_MISSING = {9999, -9999, 99999, -99999};
    /** A header longer than this has lost its {@code [BOD]}: refuse instead of reading the file as keys. */
    private static final int MAX_HEADER_LINES = 2000;
    /** {@code WS_40}, {@code WS 40m}, {@code WS@40}, {@code WS40}: a quantity and a level height. */
    private static final Pattern LEVEL_COLUMN = Pattern.compile("(.*?[A-Za-z)\\]])[ _@]?(\\d+(?:\\.\\d+)?)m?");

    private final String charset;

    Aq500Reader(BufferedReader in, long dataEnd, Charset charset, String fileName, Options options) throws IOException {
        super(fileName);
        this.charset = charset.name();
        String first = headerLine(in, 1, this.charset, OPTION_ENCODING);
        if (first == null || !first.trim().equals(Aq500Sections.BOF)) {
            throw error(first == null ? 0 : 1, null, "not an AQ500 result file: line 1 must be " + Aq500Sections.BOF);
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, Long> keyLines = new HashMap<>();
        long line = 1;
        boolean inHeader = false;
        String columnHeader = null;
        while (columnHeader == null) {
            String text = headerLine(in, line + 1, this.charset, OPTION_ENCODING);
            if (text == null || line > MAX_HEADER_LINES) {
                throw error(line, null, "no " + Aq500Sections.BOD + " line followed by the column header");
            }
            line++;
            String marker = text.trim();
            if (marker.equalsIgnoreCase(Aq500Sections.BOH) || marker.equalsIgnoreCase(Aq500Sections.EOH)) {
                inHeader = marker.equalsIgnoreCase(Aq500Sections.BOH);
            } else if (marker.equalsIgnoreCase(Aq500Sections.BOD)) {
                do {
                    columnHeader = headerLine(in, line + 1, this.charset, OPTION_ENCODING);
                    line++;
                } while (columnHeader != null && columnHeader.isBlank());
                if (columnHeader == null) {
                    throw error(line - 1, null, "the file ends after " + Aq500Sections.BOD + ": no column header");
                }
            } else if (inHeader) {
                int eq = marker.indexOf('=');
                if (eq > 0) {
                    String key = marker.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    keys.putIfAbsent(key, marker.substring(eq + 1).trim());
                    keyLines.putIfAbsent(key, line);
                }
            }
        }
        long headerLine = line;
        char delimiter = options.delimiter(OPTION_DELIMITER).orElse(columnHeader.indexOf('\t') >= 0 ? '\t'
                : columnHeader.indexOf(';') >= 0 ? ';' : ',');
        String[] names = columnHeader.split(Pattern.quote(String.valueOf(delimiter)), -1);
        StampColumns stampColumns = StampColumns.of(names);
        double[] sentinels = OptionValues.numbers(options.settings(), OPTION_MISSING, true, DEFAULT_MISSING);
        this.stampPosition = StampPositions.option(options.settings(), OPTION_STAMP_POSITION);
        Timestamps timestamps = StampColumns.timestamps(options, OPTION_PATTERN, zone(keys, keyLines, options));
        String serial = first(keys, "serial", "serial number", "serialnumber", "sodar id", "id");
        this.identity = new LoggerIdentity(options.get(LoggerNames.OPTION).orElse(serial != null ? serial
                : LoggerNames.fallback(fileName, options.settings())), options.get("table", ""), "AQ500", serial);

        Set<Double> levels = levels(first(keys, "levels", "heights", "altitudes"));
        List<Channel> found = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = stampColumns.count(); i < names.length; i++) {
            String name = names[i].trim();
            if (name.isEmpty()) {
                continue; // a trailing delimiter
            }
            if (!seen.add(name)) {
                throw error(headerLine, name, "duplicate column name");
            }
            found.add(new Channel(name, null, statistic(name), height(name, levels), null, null));
            columns.add(i);
        }
        if (found.isEmpty()) {
            throw error(headerLine, null, "the column header names no measurement columns");
        }
        this.channels = List.copyOf(found);
        table(names.length, columns.get(columns.size() - 1) + 1, stampColumns, timestamps, (char) 0, sentinels);
        long dataLines = dataEnd == Long.MAX_VALUE ? Long.MAX_VALUE : dataEnd - headerLine;
        rows(new DelimitedRecords(new CsvParser(CsvParsing.unquoted(delimiter, Math.max(8192, names.length * 2))),
                new FirstLinesReader(in, dataLines), headerLine,
                DelimitedRecords.translator(fileName, headerLine, 0, CsvErrors.LIMITS, "unreadable line")),
                columns.stream().mapToInt(Integer::intValue).toArray(), null);
    }


    private static String first(Map<String, String> keys, String... names) {
        for (String name : names) {
            String value = keys.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The header's level list ({@code 40;60;80}, also with ',' or blanks); empty when absent or unreadable. */
    private static Set<Double> levels(String list) {
        Set<Double> levels = new HashSet<>();
        if (list != null) {
            for (String part : list.split("[;,\\s]+")) {
                try {
                    levels.add(Double.valueOf(part.replace("m", "")));
                } catch (NumberFormatException e) {
                    return Set.of(); // not a list of heights: heights are not taken from the names either
                }
            }
        }
        return levels;
    }

    /** {@code SigmaW_40}: a standard deviation; {@code Quality_40}: the sodar's quality; else as the rules read the name. */
    private static String statistic(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("sigma") ? "SD" : lower.startsWith("quality") ? "Quality" : null;
    }

    /** The level a column name ends with; with a level list only one of its heights counts. */
    private static Double height(String name, Set<Double> levels) {
        Matcher m = LEVEL_COLUMN.matcher(name);
        if (!m.matches()) {
            return null;
        }
        Double height = Double.valueOf(m.group(2));
        return levels.isEmpty() || levels.contains(height) ? height : null;
    }

    private ZoneId zone(Map<String, String> keys, Map<String, Long> keyLines, Options options) {
        for (String key : new String[] {"timezone", "time zone", "utc offset"}) {
            String stated = keys.get(key);
            if (stated == null || stated.isBlank() || !TimeZoneSources.useHeader(options.settings(), Aq500Format.NAME)) {
                continue;
            }
            try {
                return UtcOffsets.parseUtc(stated);
            } catch (DateTimeException e) {
                throw error(keyLines.get(key), null, "unrecognised time zone '" + Cells.abbreviate(stated)
                        + "' (expected e.g. UTC+01:00; set option " + TimeZoneSources.OPTION + "=settings to use the "
                        + "configured zone)");
            }
        }
        return options.settings().timeZone();
    }
}
