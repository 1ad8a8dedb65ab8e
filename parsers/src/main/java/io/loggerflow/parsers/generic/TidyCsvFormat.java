package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A tidy (long) CSV: one line per timestamp, sensor and value, with an optional unit column, sorted by
 * timestamp. {@link #open} makes a first pass to learn the sensors, then streams wide rows by grouping
 * consecutive lines with the same timestamp.
 */
public final class TidyCsvFormat implements LoggerFormat {
    public static final String NAME = "generic-tidy";
    private static final List<String> THREE = List.of("timestamp", "sensor", "value");
    private static final List<String> FOUR = List.of("timestamp", "sensor", "value", "unit");

    @Override
    public String name() {
        return NAME;
    }

    /** Generic: any tool can write this header, so every dedicated format is asked first. */
    @Override
    public DetectionRank detectionRank() {
        return DetectionRank.GENERIC;
    }

    /**
     * True only when the first line is exactly the header {@code timestamp,sensor,value} or
     * {@code timestamp,sensor,value,unit} (case-insensitive, names optionally double-quoted), separated by
     * {@code ,}, {@code ;} or TAB.
     */
    @Override
    public boolean detect(byte[] head) {
        String first = TextInput.headLine(head);
        for (String delimiter : List.of(",", ";", "\t")) {
            String[] cells = first.split(delimiter, -1);
            if (cells.length == 3 || cells.length == 4) {
                List<String> names = java.util.Arrays.stream(cells).map(TidyCsvFormat::unquote).toList();
                if (names.equals(cells.length == 3 ? THREE : FOUR)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String unquote(String cell) {
        String c = cell.trim().toLowerCase(Locale.ROOT);
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1);
        }
        return c;
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Options options = new Options(NAME, settings);
        Charset charset = options.charset("encoding", StandardCharsets.UTF_8);
        TidyCsvReader.Sensors sensors = TidyCsvReader.scan(source, charset, options);
        return RowReaders.open(source, in ->
                new TidyCsvReader(new LineSource(Encodings.reader(in, charset), source.name(), charset), options, sensors));
    }
}
