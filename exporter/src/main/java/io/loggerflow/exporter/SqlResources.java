package io.loggerflow.exporter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL statements kept as {@code .sql} resources on the classpath, read once. The one loader of the
 * project: it lives here because the worker depends on the exporter (never the other way round), so both
 * can use it.
 */
public final class SqlResources {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlResources() {
    }

    /** @param resource the resource's path on the classpath, e.g. {@code load/lock.sql} */
    public static String load(String resource) {
        return CACHE.computeIfAbsent(resource, SqlResources::read);
    }

    private static String read(String resource) {
        try (InputStream in = SqlResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
