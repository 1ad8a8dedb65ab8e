package io.loggerflow.parsers;

import io.loggerflow.parsers.generic.TidyCsvFormat;
import io.loggerflow.parsers.generic.WideCsvFormat;
import io.loggerflow.parsers.nrg.NrgLogrFormat;
import io.loggerflow.parsers.nrg.NrgSymphonieProFormat;
import io.loggerflow.parsers.tob1.Tob1Format;
import io.loggerflow.parsers.windcube.WindCubeStaFormat;
import io.loggerflow.parsers.windographer.WindographerFormat;
import io.loggerflow.parsers.zx.ZxCsvFormat;
import io.loggerflow.parsers.toa5.Toa5Format;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats loggerflow reads, and detection of a file's format from its first bytes. */
public final class FormatRegistry {
    /** How many bytes of a file detection looks at. */
    public static final int HEAD_BYTES = 4096;

    private final List<LoggerFormat> formats;

    public FormatRegistry(List<LoggerFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every format this library ships. */
    public static FormatRegistry standard() {
        return new FormatRegistry(List.of(new Toa5Format(), new Tob1Format(), new NrgSymphonieProFormat(),
                new NrgLogrFormat(), new WindographerFormat(), new WindCubeStaFormat(), new ZxCsvFormat(),
                // generic formats last: tidy is detected only by its exact header, wide only when configured
                new TidyCsvFormat(), new WideCsvFormat()));
    }

    public List<LoggerFormat> formats() {
        return formats;
    }

    public Optional<LoggerFormat> byName(String name) {
        return formats.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The format by explicit name, failing clearly when the name is unknown. */
    public LoggerFormat require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + name + "'; known formats: " + names()));
    }

    /**
     * Detects a file's format from its first {@link #HEAD_BYTES} bytes.
     *
     * @throws InputFormatException when no format recognises the file
     */
    public LoggerFormat detect(InputSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String fileName = source.name();
        if (head.length == 0) {
            throw new InputFormatException(fileName, 0, null, "the file is empty");
        }
        return formats.stream().filter(f -> f.detect(head)).findFirst()
                .orElseThrow(() -> new InputFormatException(fileName, 1, null,
                        "unknown format: the first line matches none of " + names()));
    }

    private String names() {
        return formats.stream().map(LoggerFormat::name).collect(Collectors.joining(", "));
    }
}
