package io.loggerflow.exporter;

/** Which sources an export covers: a null site, logger or table matches every value. */
public record SourceSelection(String site, String logger, String table) {
    public static final SourceSelection ALL = new SourceSelection(null, null, null);

    public static SourceSelection of(SourceKey key) {
        return new SourceSelection(key.site(), key.logger(), key.table());
    }

    public static SourceSelection site(String site) {
        return new SourceSelection(site, null, null);
    }

    @Override
    public String toString() {
        if (site == null) {
            return "all sources";
        }
        return site + "/" + (logger == null ? "*" : logger) + (table == null ? "/*" : table.isEmpty() ? "" : "/" + table);
    }
}
