package io.loggerflow.worker.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The converter commands of one inbox folder, by file extension (lower case, without the dot), and how long one
 * run may take. A file with such an extension is converted and the converter's output imported in its place.
 */
public record Conversions(Map<String, ConvertCommand> byExtension, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);
    public static final Conversions NONE = new Conversions(Map.of(), DEFAULT_TIMEOUT);

    public Conversions {
        byExtension = Map.copyOf(byExtension);
    }

    /** The command for this file's extension (any case), if the folder has one. */
    public Optional<ConvertCommand> commandFor(Path file) {
        if (byExtension.isEmpty()) {
            return Optional.empty();
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(byExtension.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
