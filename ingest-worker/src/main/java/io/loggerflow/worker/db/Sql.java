package io.loggerflow.worker.db;

import io.loggerflow.exporter.SqlResources;

/** The worker's SQL statements, kept as .sql resources on the classpath (by their path, e.g. {@code load/lock_weeks.sql}). */
public final class Sql {
    private Sql() {
    }

    public static String load(String resource) {
        return SqlResources.load(resource);
    }
}
