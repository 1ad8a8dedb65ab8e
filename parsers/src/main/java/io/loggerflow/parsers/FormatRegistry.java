package io.loggerflow.parsers;

import io.loggerflow.parsers.nrg.NrgRawFiles;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The formats loggerflow reads, and detection of a file's format from its first bytes. */
public final class FormatRegistry {
    /** How many bytes of a file detection looks at. */
    public static final int HEAD_BYTES = 4096;

    private final List<LoggerFormat> formats;

    public FormatRegistry(List<LoggerFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /**
     * Every format on the class path: those listed in {@code META-INF/services/io.loggerflow.parsers.LoggerFormat}
     * (this library's file lists the formats it ships). Detection order is by {@link LoggerFormat#detectionRank()},
     * then the order of the services files, so generic formats are asked last wherever they are listed.
     */
    public static FormatRegistry standard() {
        List<LoggerFormat> found = ServiceLoader.load(LoggerFormat.class, FormatRegistry.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(LoggerFormat::detectionRank)) // stable: keeps the file order within a rank
                .toList();
        return new FormatRegistry(found);
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
     * @throws InputFormatException when no format recognises the file, or it is an NRG raw binary
     *                              ({@link NrgRawFiles}: the reason names the conversion)
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
        Optional<String> raw = NrgRawFiles.refusal(fileName, head, names());
        if (raw.isPresent()) {
            throw new InputFormatException(fileName, 0, null, raw.get());
        }
        return formats.stream().filter(f -> f.detect(head)).findFirst()
                .orElseThrow(() -> new InputFormatException(fileName, 1, null,
                        "unknown format: the first line matches none of " + names()));
    }

    private String names() {
        return formats.stream().map(LoggerFormat::name).collect(Collectors.joining(", "));
    }
}
