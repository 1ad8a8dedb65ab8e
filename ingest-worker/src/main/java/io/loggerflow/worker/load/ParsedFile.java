package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.StampPosition;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A file whose format is known and whose rows have been checked once for their time range: the loader
 * needs the range before it writes (partitions to create, overlap to check), and a file with broken
 * timestamps is refused before any transaction starts. Values are parsed during the load pass.
 * <p>
 * Stored timestamps mark the <b>start</b> of the averaging interval: rows a format stamps at the interval's
 * end are shifted back by the interval (as the header states it, else the file's usual step between rows).
 *
 * @param shiftMillis subtracted from every timestamp the reader reports
 * @param first       the first row's stored (normalised) timestamp
 * @param last        the last row's stored (normalised) timestamp
 */
public record ParsedFile(InputSource source, LoggerFormat format, ParseSettings settings, long rows,
                         StampPosition stampPosition, long shiftMillis, Instant first, Instant last) {
    /** Distinct row steps remembered while looking for the usual one: logger files have one or two. */
    private static final int MAX_STEPS = 32;
    /** One file covering more than this is a clock problem; it would also create hundreds of partitions. */
    private static final long MAX_SPAN_MILLIS = 3653L * 86_400_000L;

    /**
     * Reads the file's timestamps once.
     *
     * @throws InputFormatException when the header or a timestamp is malformed, the file has no data rows,
     *                              or its timestamps do not strictly increase
     */
    public static ParsedFile scan(InputSource source, LoggerFormat format, ParseSettings settings) throws IOException {
        String name = source.name();
        long rows = 0;
        long first = 0;
        long previous = Long.MIN_VALUE;
        long previousLine = 0;
        Map<Long, Integer> steps = new HashMap<>();
        StampPosition position;
        Long statedInterval;
        try (RowReader reader = format.open(source, settings)) {
            requireUniqueNames(reader, name);
            position = reader.stampPosition();
            statedInterval = reader.interval().map(java.time.Duration::toMillis).orElse(null);
            while (reader.next()) {
                long ts = reader.timestampMillis();
                if (ts <= previous) {
                    throw new InputFormatException(name, reader.lineNumber(), "TIMESTAMP",
                            "timestamp " + Instant.ofEpochMilli(ts) + " is not after the previous row's (line "
                                    + previousLine + ", " + Instant.ofEpochMilli(previous)
                                    + "): rows must be in time order without repeats");
                }
                if (rows == 0) {
                    first = ts;
                } else if (steps.size() < MAX_STEPS || steps.containsKey(ts - previous)) {
                    steps.merge(ts - previous, 1, Integer::sum);
                }
                previous = ts;
                previousLine = reader.lineNumber();
                rows++;
            }
        }
        if (rows == 0) {
            throw new InputFormatException(name, 0, null, "no data rows after the header");
        }
        if (previous - first > MAX_SPAN_MILLIS) {
            throw new InputFormatException(name, 0, null, "its rows span " + (previous - first) / 86_400_000L
                    + " days, more than 10 years: a logger clock reset (e.g. to 1990) or a wrong timestamp");
        }
        long shift = 0;
        if (position == StampPosition.END) {
            Long interval = statedInterval != null ? statedInterval : configuredInterval(settings, name);
            if (interval == null) {
                interval = intervalFromSteps(steps);
            }
            if (interval == null) {
                throw new InputFormatException(name, 0, null, "rows are stamped at the end of their interval, and"
                        + " neither the file nor the configuration states the interval, and the rows are too few or"
                        + " too irregular to tell it (the shortest step must occur at least twice): set option"
                        + " interval (minutes) for this folder");
            }
            shift = interval;
        }
        return new ParsedFile(source, format, settings, rows, position, shift, Instant.ofEpochMilli(first - shift),
                Instant.ofEpochMilli(previous - shift));
    }

    /**
     * A logger table has one fixed interval; gaps only lengthen steps. So the interval is the shortest step,
     * trusted only when it occurs at least twice (a re-sent pair of distant records must not be read as a
     * long interval).
     */
    private static Long intervalFromSteps(Map<Long, Integer> steps) {
        return steps.entrySet().stream().min(Map.Entry.comparingByKey())
                .filter(shortest -> shortest.getValue() >= 2).map(Map.Entry::getKey).orElse(null);
    }

    /** Option {@code interval}: the averaging interval in minutes, for END-stamped formats that do not state it. */
    private static Long configuredInterval(ParseSettings settings, String name) {
        return settings.option("interval").map(text -> {
            try {
                long minutes = Long.parseLong(text.trim());
                if (minutes > 0) {
                    return minutes * 60_000;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("option interval must be a whole number of minutes, not '" + text + "'");
        }).orElse(null);
    }

    private static void requireUniqueNames(RowReader reader, String name) {
        Set<String> seen = new HashSet<>();
        for (Channel channel : reader.channels()) {
            if (!seen.add(channel.name())) {
                throw new InputFormatException(name, 0, channel.name(), "the column name appears twice in the header");
            }
        }
    }

    /** Opens a fresh reader over the file, positioned before the first data row. */
    public RowReader open() throws IOException {
        return format.open(source, settings);
    }
}
