package io.loggerflow.parsers.ammonit;

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Streams the data part of a Meteo CSV file; see {@link AmmonitFormat} and package-info. */
final class AmmonitReader extends StampedTableReader {
    static final String OPTION_DELIMITER = "delimiter";
    private static final Set<String> TIMESTAMP_NAMES = Set.of("timestamp", "date/time", "date time", "datetime");
    /** {@code <label> <statistic> [<unit>]}; the label may carry a height ({@code C1 80m}). */
    private static final Pattern COLUMN = Pattern.compile(
            "(.+?) (avg|max|min|sd|stddev|count|gust|sum)(?: ?\\[([^\\]]*)\\])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIT_ONLY = Pattern.compile("(.+?) ?\\[([^\\]]*)\\]");
    private static final Pattern HEIGHT = Pattern.compile("(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)m(?![A-Za-z0-9/])");
    /** Ammonit serial numbers as they appear in file names and mail subjects ({@code D243094}). */
    private static final Pattern SERIAL_IN_NAME = Pattern.compile("(?<![A-Za-z0-9])(D\\d{6,7})(?![0-9])");

    private final String charset;

    AmmonitReader(FirstLinesReader firstLines, AmmonitInfo info, Charset charset, String fileName, Options options)
            throws IOException {
        super(fileName);
        this.charset = charset.name();
        BufferedReader in = new BufferedReader(firstLines);
        String header = headerLine(in, 1, this.charset, OPTION_ENCODING);
        if (header == null || header.isBlank()) {
            throw error(header == null ? 0 : 1, null, "line 1 is not a column header: the file is empty");
        }
        char delimiter = options.delimiter(OPTION_DELIMITER).orElse(header.indexOf('\t') >= 0 ? '\t' : ';');
        char decimal = delimiter == ',' ? '.' : 0;
        String[] names = header.split(Pattern.quote(String.valueOf(delimiter)), -1);
        StampColumns stampColumns = StampColumns.of(names);
        if (stampColumns.count() == 1 && !isTimestampName(names[0])) {
            throw error(1, names[0].trim(), "the first column must be Timestamp or Date/time (or Date and Time)");
        }
        double[] sentinels = OptionValues.numbers(options.settings(), OPTION_MISSING, true);
        this.stampPosition = StampPositions.option(options.settings(), OPTION_STAMP_POSITION);
        Timestamps timestamps = StampColumns.timestamps(options, OPTION_PATTERN, zone(info, options));
        this.identity = identity(info, fileName, options);

        List<Channel> found = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = stampColumns.count(); i < names.length; i++) {
            String name = names[i].trim();
            if (name.isEmpty()) {
                continue; // a trailing delimiter
            }
            if (!seen.add(name)) {
                throw error(1, name, "duplicate column name");
            }
            found.add(channel(name));
            columns.add(i);
        }
        if (found.isEmpty()) {
            throw error(1, null, "the column header names no measurement columns");
        }
        this.channels = List.copyOf(found);
        table(names.length, columns.get(columns.size() - 1) + 1, stampColumns, timestamps, decimal, sentinels);
        rows(new DelimitedRecords(new CsvParser(CsvParsing.unquoted(delimiter, Math.max(8192, names.length * 2))), in,
                1, DelimitedRecords.translator(fileName, 1, 0, CsvErrors.LIMITS, "unreadable line")),
                columns.stream().mapToInt(Integer::intValue).toArray(), null);
    }

    static boolean isTimestampName(String cell) {
        return TIMESTAMP_NAMES.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    /** The information part's {@code timezone} ({@code UTC+01:00}), unless option time-zone-source says settings. */
    private ZoneId zone(AmmonitInfo info, Options options) {
        Optional<String> stated = info.value("system.timezone", "timezone");
        if (stated.isEmpty() || !TimeZoneSources.useHeader(options.settings(), AmmonitFormat.NAME)) {
            return options.settings().timeZone();
        }
        try {
            return UtcOffsets.parseUtc(stated.get());
        } catch (DateTimeException e) {
            throw error(info.firstLine(), "timezone", "unrecognised timezone '" + Cells.abbreviate(stated.get().trim())
                    + "' (expected e.g. UTC+01:00; set option " + TimeZoneSources.OPTION + "=settings to use the "
                    + "configured zone)");
        }
    }

    /** Logger: option, else the serial the information part or the file name states, else the file name. */
    private static LoggerIdentity identity(AmmonitInfo info, String fileName, Options options) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher inName = SERIAL_IN_NAME.matcher(base);
        String serial = info.value("system.serial", "system.serial_number", "serial", "serial_number", "serialnumber")
                .orElse(inName.find() ? inName.group(1) : null);
        String logger = options.get(LoggerNames.OPTION).orElse(serial != null ? serial
                : LoggerNames.fallback(fileName, options.settings()));
        String model = info.value("system.type", "system.model", "type", "model").orElse("Meteo-40");
        return new LoggerIdentity(logger, options.get("table", ""), model, serial);
    }

    /** Statistic, unit and height as the column name states them. */
    private static Channel channel(String name) {
        String label = name;
        String statistic = null;
        String unit = null;
        Matcher m = COLUMN.matcher(name);
        Matcher unitOnly = UNIT_ONLY.matcher(name);
        if (m.matches()) {
            label = m.group(1);
            statistic = m.group(2);
            unit = m.group(3);
        } else if (unitOnly.matches()) {
            label = unitOnly.group(1);
            unit = unitOnly.group(2);
        }
        Matcher height = HEIGHT.matcher(label);
        Double heightM = height.find() ? Double.valueOf(height.group(1)) : null;
        return new Channel(name, unit == null || unit.isBlank() ? null : unit.trim(), statistic, heightM, null, null);
    }
}
