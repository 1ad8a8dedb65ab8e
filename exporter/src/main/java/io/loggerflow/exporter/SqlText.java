package io.loggerflow.exporter;

/** The exporter's SQL statements: resources under {@code io/loggerflow/exporter/sql/}, by name. */
final class SqlText {
    private SqlText() {
    }

    static String load(String name) {
        return SqlResources.load("io/loggerflow/exporter/sql/" + name + ".sql");
    }
}
