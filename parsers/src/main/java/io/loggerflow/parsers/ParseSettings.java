package io.loggerflow.parsers;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * What a parser needs to know that the file itself does not say.
 *
 * @param timeZone the zone of the logger clock, used for formats whose timestamps carry no offset
 * @param options  format-specific options from configuration (e.g. the generic CSV's column mapping);
 *                 keys are documented by each format
 */
public record ParseSettings(ZoneId timeZone, Map<String, String> options) {
    public static final ParseSettings UTC = new ParseSettings(ZoneOffset.UTC);

    public ParseSettings {
        if (timeZone == null) {
            throw new IllegalArgumentException("a time zone is required");
        }
        options = Map.copyOf(options);
    }

    public ParseSettings(ZoneId timeZone) {
        this(timeZone, Map.of());
    }

    /** These settings with one option set (replacing any value it had), e.g. {@link LoggerFormat#TABLE_OPTION}. */
    public ParseSettings withOption(String key, String value) {
        java.util.Map<String, String> changed = new java.util.HashMap<>(options);
        changed.put(key, value);
        return new ParseSettings(timeZone, changed);
    }

    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key)).filter(v -> !v.isBlank());
    }
}
