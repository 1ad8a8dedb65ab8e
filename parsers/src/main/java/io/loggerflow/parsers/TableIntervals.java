package io.loggerflow.parsers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The averaging interval a table name states, for files too short to tell it from their stamps. Only names
 * that state it unambiguously count: a word ({@code Daily}, {@code Day}, {@code Hourly}, {@code Hour}) or a
 * count and a unit ({@code Ten_Min}, {@code TenMin}, {@code 10min}, {@code 10_min}, {@code One_Min},
 * {@code 60Min}, {@code _1h}, {@code 30sec}) as whole segments of the name, case-insensitive. Segments are
 * separated by {@code _ - . space}, a lower-to-upper case change ({@code TenMin}) and a digit followed by a
 * letter ({@code 10min}); a letter followed by a digit does not separate, so {@code Table10} states nothing.
 * {@code Min}/{@code Max} alone are statistics, not intervals; {@code m} (metres? months?) is no unit. A name
 * that states two different intervals states none.
 */
public final class TableIntervals {
    private static final Map<String, Duration> WORDS = Map.of(
            "daily", Duration.ofDays(1), "day", Duration.ofDays(1),
            "hourly", Duration.ofHours(1), "hour", Duration.ofHours(1));
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("five", 5), Map.entry("ten", 10),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("sixty", 60));
    private static final Map<String, Duration> UNITS = Map.ofEntries(
            Map.entry("sec", Duration.ofSeconds(1)), Map.entry("secs", Duration.ofSeconds(1)),
            Map.entry("second", Duration.ofSeconds(1)), Map.entry("seconds", Duration.ofSeconds(1)),
            Map.entry("s", Duration.ofSeconds(1)),
            Map.entry("min", Duration.ofMinutes(1)), Map.entry("mins", Duration.ofMinutes(1)),
            Map.entry("minute", Duration.ofMinutes(1)), Map.entry("minutes", Duration.ofMinutes(1)),
            Map.entry("h", Duration.ofHours(1)), Map.entry("hr", Duration.ofHours(1)),
            Map.entry("hrs", Duration.ofHours(1)), Map.entry("hour", Duration.ofHours(1)),
            Map.entry("hours", Duration.ofHours(1)),
            Map.entry("d", Duration.ofDays(1)), Map.entry("day", Duration.ofDays(1)),
            Map.entry("days", Duration.ofDays(1)));

    private TableIntervals() {
    }

    /** The interval {@code table} states, or empty when it states none or more than one. */
    public static Optional<Duration> fromName(String table) {
        if (table == null || table.isBlank()) {
            return Optional.empty();
        }
        List<String> segments = segments(table);
        Duration found = null;
        for (int i = 0; i < segments.size(); i++) {
            Duration stated = null;
            Integer count = count(segments.get(i));
            if (count != null && i + 1 < segments.size() && UNITS.containsKey(segments.get(i + 1))) {
                stated = UNITS.get(segments.get(i + 1)).multipliedBy(count);
                i++;
            } else if (WORDS.containsKey(segments.get(i))) {
                stated = WORDS.get(segments.get(i));
            }
            if (stated != null) {
                if (found != null && !found.equals(stated)) {
                    return Optional.empty();
                }
                found = stated;
            }
        }
        return Optional.ofNullable(found).filter(d -> !d.isZero());
    }

    private static Integer count(String segment) {
        if (!segment.isEmpty() && segment.length() <= 4 && segment.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(segment);
        }
        return COUNTS.get(segment);
    }

    private static List<String> segments(String name) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(current, segments);
                continue;
            }
            if (i > 0 && current.length() > 0) {
                char previous = name.charAt(i - 1);
                boolean caseChange = Character.isLowerCase(previous) && Character.isUpperCase(c);
                boolean digitThenLetter = Character.isDigit(previous) && Character.isLetter(c);
                if (caseChange || digitThenLetter) {
                    flush(current, segments);
                }
            }
            current.append(c);
        }
        flush(current, segments);
        return segments;
    }

    private static void flush(StringBuilder current, List<String> segments) {
        if (current.length() > 0) {
            segments.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }
}
