package io.loggerflow.exporter;

import java.util.Objects;

/**
 * How people name a source: {@code site/logger} or {@code site/logger/table} (the table is empty for
 * formats without one).
 */
public record SourceKey(String site, String logger, String table) {
    public SourceKey {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(logger, "logger");
        table = table == null ? "" : table;
    }

    public static SourceKey parse(String text) {
        String[] parts = text.split("/", 3);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException("a source is site/logger or site/logger/table, not '" + text + "'");
        }
        return new SourceKey(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    @Override
    public String toString() {
        return site + "/" + logger + (table.isEmpty() ? "" : "/" + table);
    }
}
