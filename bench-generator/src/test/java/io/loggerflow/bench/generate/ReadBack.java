package io.loggerflow.bench.generate;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.StampPosition;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads generated files back the way loggerflow does: detection, the real parser, stored (interval-start) stamps. */
final class ReadBack {
    /** One stored reading: interval start, {@code <logger>/<column>}, value. */
    record Reading(Instant start, String sensor, double value) {
    }

    /** What one file holds, as loggerflow would store it. */
    record FileReadings(String format, String logger, List<Channel> channels, List<Reading> readings, long rows,
                        Instant first) {
    }

    private ReadBack() {
    }

    static FileReadings read(InputSource source) throws IOException {
        FormatRegistry registry = FormatRegistry.standard();
        LoggerFormat format = registry.detect(source);
        List<Reading> readings = new ArrayList<>();
        try (RowReader reader = format.open(source, ParseSettings.UTC)) {
            // Stored stamps are interval starts: the importer shifts END stamps back by the interval, which
            // for generated files is always ten minutes (its detection of the interval is the worker's test).
            long shiftMillis = reader.stampPosition() == StampPosition.END
                    ? TenMinuteDay.INTERVAL_MINUTES * 60_000L : 0;
            String logger = reader.identity().logger();
            List<Channel> channels = reader.channels();
            long rows = 0;
            Instant first = null;
            while (reader.next()) {
                Instant start = Instant.ofEpochMilli(reader.timestampMillis() - shiftMillis);
                first = first == null ? start : first;
                rows++;
                for (int c = 0; c < channels.size(); c++) {
                    double value = reader.value(c);
                    if (!Double.isNaN(value)) {
                        readings.add(new Reading(start, logger + "/" + channels.get(c).name(), value));
                    }
                }
            }
            return new FileReadings(format.name(), logger, channels, readings, rows, first);
        }
    }

    /** Every day file: the files themselves, or the entries of the zips among them. */
    static List<InputSource> dayFiles(List<Path> files) throws IOException {
        List<InputSource> sources = new ArrayList<>();
        for (Path file : files) {
            if (!file.getFileName().toString().endsWith(".zip")) {
                sources.add(InputSource.of(file));
                continue;
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    sources.add(InputSource.of(file.getFileName() + "!/" + entry.getName(),
                            zip.getInputStream(entry).readAllBytes()));
                }
            }
        }
        return sources;
    }

    /** The tidy CSV as (start|sensor) -> value, checking its header. */
    static Map<String, Double> tidy(Path file) throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String header = in.readLine();
            if (!"ts,sensor,value".equals(header)) {
                throw new AssertionError("unexpected tidy header: " + header);
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                Double previous = values.put(key(Instant.parse(cells[0]), cells[1]), Double.parseDouble(cells[2]));
                if (previous != null) {
                    throw new AssertionError("duplicate tidy line: " + line);
                }
            }
        }
        return values;
    }

    static String key(Instant start, String sensor) {
        return start + "|" + sensor;
    }
}
