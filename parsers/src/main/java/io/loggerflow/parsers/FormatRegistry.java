package io.loggerflow.parsers;

import io.loggerflow.parsers.toa5.Toa5Format;

import java.io.BufferedInputStream;
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
        return new FormatRegistry(List.of(new Toa5Format()));
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
     * Detects the format of a stream without consuming it: the stream must support mark/reset
     * (wrap it in a {@link BufferedInputStream}).
     *
     * @throws InputFormatException when no format recognises the file
     */
    public LoggerFormat detect(InputStream in, String fileName) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream that supports mark/reset");
        }
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
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
