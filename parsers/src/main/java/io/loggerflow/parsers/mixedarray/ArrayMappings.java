package io.loggerflow.parsers.mixedarray;

import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.mixedarray.ArrayLayout.TimeField;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The per-array options ({@code array.<id>.columns}, {@code .table}, {@code .interval}, {@code .time-fields},
 * {@code .units}, {@code .statistics}) as {@link ArrayLayout}s. A bad value is a configuration error
 * ({@link IllegalArgumentException} naming the key).
 */
final class ArrayMappings {
    static final String PREFIX = "array.";
    private static final List<TimeField> DEFAULT_TIME = List.of(TimeField.YEAR, TimeField.DOY, TimeField.HHMM);

    private ArrayMappings() {
    }

    /** Every array with a {@code columns} key, by ID. */
    static Map<String, ArrayLayout> of(ParseSettings settings) {
        TreeSet<String> ids = new TreeSet<>();
        for (String key : settings.options().keySet()) {
            if (key.startsWith(PREFIX) && key.endsWith(".columns")) {
                ids.add(key.substring(PREFIX.length(), key.length() - ".columns".length()).trim());
            }
        }
        Map<String, ArrayLayout> layouts = new LinkedHashMap<>();
        for (String id : ids) {
            layouts.put(id, layout(settings, id));
        }
        return layouts;
    }

    private static ArrayLayout layout(ParseSettings settings, String id) {
        if (!id.matches("\\d{1,4}")) {
            throw bad(id, "columns", id, "an array ID is a whole number (e.g. 101)");
        }
        List<String> columns = list(settings, id, "columns");
        if (columns.isEmpty() || columns.stream().anyMatch(String::isEmpty)) {
            throw bad(id, "columns", settings.option(key(id, "columns")).orElse(""),
                    "a comma-separated list of names, one per value after the time fields");
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw bad(id, "columns", String.join(",", columns), "a name appears twice");
        }
        List<String> units = parallel(settings, id, "units", columns.size());
        List<String> statistics = parallel(settings, id, "statistics", columns.size());
        String table = settings.option(key(id, "table")).map(String::trim).orElse("array" + id);
        return new ArrayLayout(id, table, columns, units, statistics, interval(settings, id), timeFields(settings, id));
    }

    private static List<String> parallel(ParseSettings settings, String id, String name, int size) {
        List<String> values = list(settings, id, name);
        if (values.isEmpty()) {
            return java.util.Collections.nCopies(size, null);
        }
        if (values.size() != size) {
            throw bad(id, name, String.join(",", values), "expected " + size + " comma-separated entries, one per column"
                    + " (an empty entry for none)");
        }
        return values.stream().map(v -> v.isEmpty() ? null : v).toList();
    }

    private static Duration interval(ParseSettings settings, String id) {
        String text = settings.option(key(id, "interval")).map(String::trim).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            long minutes = Long.parseLong(text);
            if (minutes > 0) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(id, "interval", text, "a whole number of minutes above 0");
    }

    private static List<TimeField> timeFields(ParseSettings settings, String id) {
        List<String> names = list(settings, id, "time-fields");
        if (names.isEmpty()) {
            return DEFAULT_TIME;
        }
        List<TimeField> fields = new ArrayList<>();
        for (String name : names) {
            TimeField field = switch (name.toLowerCase(Locale.ROOT)) {
                case "year" -> TimeField.YEAR;
                case "doy" -> TimeField.DOY;
                case "hhmm" -> TimeField.HHMM;
                case "sec" -> TimeField.SEC;
                default -> throw bad(id, "time-fields", String.join(",", names), "expected year, doy, hhmm and sec");
            };
            if (fields.contains(field)) {
                throw bad(id, "time-fields", String.join(",", names), name + " appears twice");
            }
            fields.add(field);
        }
        if (!fields.containsAll(DEFAULT_TIME)) {
            throw bad(id, "time-fields", String.join(",", names), "year, doy and hhmm are required");
        }
        return List.copyOf(fields);
    }

    private static List<String> list(ParseSettings settings, String id, String name) {
        return settings.option(key(id, name)).map(v -> Arrays.stream(v.split(",", -1)).map(String::trim).toList())
                .orElse(List.of());
    }

    static String key(String id, String name) {
        return PREFIX + id + "." + name;
    }

    private static IllegalArgumentException bad(String id, String name, String value, String expected) {
        return new IllegalArgumentException("campbell-mixed-array option '" + key(id, name) + "' = '" + value + "': "
                + expected);
    }
}
