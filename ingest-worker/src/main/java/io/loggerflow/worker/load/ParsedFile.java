package io.loggerflow.worker.load;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;

import java.io.IOException;
import java.time.Instant;

/**
 * A file whose format is known and whose rows have been checked once for their time range: the loader
 * needs the range before it writes (partitions to create, overlap to check), and a file with broken
 * timestamps is refused before any transaction starts. Values are parsed during the load pass.
 */
public record ParsedFile(InputSource source, LoggerFormat format, ParseSettings settings, long rows, Instant first,
                         Instant last) {

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
        try (RowReader reader = format.open(source, settings)) {
            requireUniqueNames(reader, name);
            while (reader.next()) {
                long ts = reader.timestampMillis();
                if (ts <= previous) {
                    throw new InputFormatException(name, reader.lineNumber(), "TIMESTAMP",
                            "timestamp " + Instant.ofEpochMilli(ts) + " is not after the one on line " + previousLine
                                    + " (" + Instant.ofEpochMilli(previous) + "): rows must be in time order without repeats");
                }
                if (rows == 0) {
                    first = ts;
                }
                previous = ts;
                previousLine = reader.lineNumber();
                rows++;
            }
        }
        if (rows == 0) {
            throw new InputFormatException(name, 0, null, "no data rows after the header");
        }
        return new ParsedFile(source, format, settings, rows, Instant.ofEpochMilli(first), Instant.ofEpochMilli(previous));
    }

    private static void requireUniqueNames(RowReader reader, String name) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var channel : reader.channels()) {
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
