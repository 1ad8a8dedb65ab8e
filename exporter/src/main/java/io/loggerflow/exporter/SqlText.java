package io.loggerflow.exporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The exporter's SQL statements, kept as .sql resources next to this class and loaded once. */
final class SqlText {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlText() {
    }

    static String load(String name) {
        return CACHE.computeIfAbsent(name, SqlText::read);
    }

    private static String read(String name) {
        String resource = "sql/" + name + ".sql";
        try (InputStream in = SqlText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
