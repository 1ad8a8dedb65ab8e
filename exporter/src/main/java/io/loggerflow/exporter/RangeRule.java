package io.loggerflow.exporter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which time range an export covers: {@code all} (first to last stored interval of the source),
 * {@code last-days:N} (the N whole UTC days before today), or an explicit range.
 */
public final class RangeRule {
    private static final Pattern LAST_DAYS = Pattern.compile("last-days:([1-9][0-9]{0,4})");

    private final String text;
    private final int lastDays;
    private final ExportRange explicit;

    private RangeRule(String text, int lastDays, ExportRange explicit) {
        this.text = text;
        this.lastDays = lastDays;
        this.explicit = explicit;
    }

    public static RangeRule all() {
        return new RangeRule("all", 0, null);
    }

    public static RangeRule lastDays(int days) {
        return parse("last-days:" + days);
    }

    public static RangeRule between(Instant from, Instant to) {
        return new RangeRule(from + ".." + to, 0, new ExportRange(from, to));
    }

    /** Parses a stored rule: {@code all} or {@code last-days:N}. */
    public static RangeRule parse(String text) {
        if (text.equals("all")) {
            return all();
        }
        Matcher m = LAST_DAYS.matcher(text);
        if (m.matches()) {
            return new RangeRule(text, Integer.parseInt(m.group(1)), null);
        }
        throw new IllegalArgumentException("a range is 'all' or 'last-days:N', not '" + text + "'");
    }

    /**
     * The range to export, or empty when there is nothing to export.
     *
     * @param first    the first stored interval start of the source, or null when it has none
     * @param last     the last stored interval start, or null
     * @param interval the source's interval, so the last stored interval is included
     */
    public Optional<ExportRange> resolve(Instant first, Instant last, Duration interval, Clock clock) {
        if (explicit != null) {
            return Optional.of(explicit);
        }
        if (lastDays > 0) {
            Instant today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay(ZoneOffset.UTC).toInstant();
            return Optional.of(new ExportRange(today.minus(Duration.ofDays(lastDays)), today));
        }
        if (first == null || last == null) {
            return Optional.empty();
        }
        return Optional.of(new ExportRange(first, last.plus(interval)));
    }

    /** The range's start when it does not depend on the data (last-days, explicit). */
    public Optional<Instant> fixedStart(Clock clock) {
        if (explicit != null) {
            return Optional.of(explicit.from());
        }
        if (lastDays > 0) {
            return resolve(null, null, Duration.ZERO, clock).map(ExportRange::from);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
