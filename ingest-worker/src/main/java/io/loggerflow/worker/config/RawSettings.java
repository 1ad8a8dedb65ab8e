package io.loggerflow.worker.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** Configuration as text, before parsing: each key's value and where it was set, for error messages. */
final class RawSettings {
    /** @param origin where the value was set, e.g. {@code config file /etc/loggerflow.properties} */
    record Value(String text, String origin) {
    }

    private final Map<String, Value> values;

    private RawSettings(Map<String, Value> values) {
        this.values = Map.copyOf(values);
    }

    static RawSettings of(Map<String, String> values, String origin) {
        Map<String, Value> map = new LinkedHashMap<>();
        values.forEach((key, text) -> map.put(key.trim(), new Value(text.trim(), origin)));
        return new RawSettings(map);
    }

    static RawSettings file(Path file) {
        return of(readProperties(file), "config file " + file);
    }

    /** The keys and values of a properties file, trimmed. */
    static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key.trim(), properties.getProperty(key).trim()));
        return map;
    }

    /** These values, with {@code overrides} replacing those of the same keys. */
    RawSettings overriddenBy(RawSettings overrides) {
        Map<String, Value> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides.values);
        return new RawSettings(merged);
    }

    Map<String, Value> all() {
        return values;
    }

    /**
     * The value of a key parsed by its type, checked once here.
     *
     * @param name the key as an error message names it
     * @throws ConfigException naming the key and where its value was set
     */
    Optional<Object> parsed(String key, ValueType type, String name, Path baseDir) {
        return get(key).map(value -> {
            try {
                return type.parse(name, value.text(), baseDir);
            } catch (ConfigException e) {
                throw new ConfigException(e.getMessage() + " (set in " + value.origin() + ")");
            }
        });
    }

    /** The value of a key; a blank value counts as not set, so the default applies. */
    Optional<Value> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(value -> !value.text().isEmpty());
    }
}
