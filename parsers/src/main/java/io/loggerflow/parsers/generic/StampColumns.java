package io.loggerflow.parsers.generic;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a logger table's stamp is: its first column, or a {@code Date} and a {@code Time} column, which are
 * joined with a space; and the {@link Timestamps} that read it (ISO-8601 unless a pattern option is set).
 *
 * @param count 1 or 2
 * @param name  the column name for messages ({@code Date, Time} for two columns)
 */
public record StampColumns(int count, String name) {
    /** From the column header's cells. */
    public static StampColumns of(String[] names) {
        boolean dateAndTime = names.length > 2 && names[0].trim().equalsIgnoreCase("date")
                && names[1].trim().equalsIgnoreCase("time");
        return dateAndTime ? new StampColumns(2, "Date, Time") : new StampColumns(1, names[0].trim());
    }

    /** The stamp's text in a row that has at least {@link #count()} fields; "" when it is blank. */
    public String text(String[] row) {
        String text = count == 2 ? row[0].trim() + " " + row[1].trim() : row[0];
        return text.isBlank() ? "" : text;
    }

    /** ISO-8601, or the java.time pattern of option {@code key}, in {@code zone} unless a stamp has an offset. */
    public static Timestamps timestamps(Options options, String key, ZoneId zone) {
        Optional<String> pattern = options.get(key);
        if (pattern.isEmpty()) {
            return Timestamps.iso(zone);
        }
        try {
            return Timestamps.pattern(pattern.get(), zone);
        } catch (IllegalArgumentException e) {
            throw options.bad(key, pattern.get(), "not a java DateTimeFormatter pattern: " + e.getMessage());
        }
    }
}
