package io.loggerflow.parsers;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Timestamps as loggers and spreadsheets really write them, to epoch milliseconds, without a formatter:
 * <ul>
 *   <li>{@code yyyy-MM-dd HH:mm[:ss[.f]]} and {@code yyyy/MM/dd HH:mm[:ss[.f]]}, also with {@code T} for the space;</li>
 *   <li>{@code dd/MM/yyyy HH:mm[:ss[.f]]} or {@code MM/dd/yyyy ...} (also one-digit day and month), in the
 *       {@link Order} the file was found to use;</li>
 *   <li>a fraction of 1 to 9 digits; a trailing {@code Z}, {@code +hh:mm}, {@code +hhmm} or {@code +hh}.</li>
 * </ul>
 * An offset in the stamp wins over the configured zone. Without one the zone applies; in a zone with daylight
 * saving the repeated autumn hour is told apart by the previous row's stamp (the second pass through the
 * overlap takes the later offset). Strict: no 31 April, no hour 24.
 */
public final class StampParser {
    /** The day/month order of slash dates whose year comes last. */
    public enum Order { DAY_FIRST, MONTH_FIRST }

    private final ZoneId zone;
    private final ZoneOffset fixedOffset;
    private final Order order;

    /** @param order the order of slash dates with the year last; null when the file has none (they are refused) */
    public StampParser(ZoneId zone, Order order) {
        this.zone = zone;
        this.fixedOffset = zone instanceof ZoneOffset offset ? offset : zone.getRules().isFixedOffset()
                ? zone.getRules().getOffset(java.time.Instant.EPOCH) : null;
        this.order = order;
    }

    /**
     * @param previous the previous row's millis (or {@link Long#MIN_VALUE}), to place the repeated autumn hour
     * @throws DateTimeException when the text is none of the shapes, or a date with the year last comes without an order
     */
    public long parse(String text, long previous) {
        Scan s = new Scan(text);
        int first = s.number();
        int firstDigits = s.digits;
        char dateSeparator = s.separator("-/");
        int second = s.number();
        s.expect(dateSeparator);
        int third = s.number();
        int year;
        int month;
        int day;
        if (firstDigits == 4) {
            year = first;
            month = second;
            day = third;
        } else if (dateSeparator == '/' && s.digits == 4 && firstDigits <= 2) {
            if (order == null) {
                throw new DateTimeException("the day/month order of '" + text + "' is unknown");
            }
            year = third;
            day = order == Order.DAY_FIRST ? first : second;
            month = order == Order.DAY_FIRST ? second : first;
        } else {
            throw new DateTimeException("not a date: " + text);
        }
        s.separator(" T");
        int hour = s.number();
        s.expect(':');
        int minute = s.number();
        int second2 = 0;
        int nanos = 0;
        if (s.at(':')) {
            s.pos++;
            second2 = s.number();
            if (s.at('.') || s.at(',')) {
                s.pos++;
                nanos = s.fraction();
            }
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second2, nanos);
        ZoneOffset written = s.offset();
        if (written != null) {
            return local.toEpochSecond(written) * 1000 + nanos / 1_000_000;
        }
        if (fixedOffset != null) {
            return local.toEpochSecond(fixedOffset) * 1000 + nanos / 1_000_000;
        }
        ZonedDateTime stamp = local.atZone(zone);
        long millis = stamp.toInstant().toEpochMilli();
        if (millis <= previous) {
            millis = Math.max(millis, stamp.withLaterOffsetAtOverlap().toInstant().toEpochMilli());
        }
        return millis;
    }

    /**
     * The order a slash date with the year last proves ({@code 25/12/2024}: day first; {@code 12/25/2024}: month
     * first), or null when it proves none ({@code 03/04/2024}) or is no such date.
     */
    public static Order orderProvedBy(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        int slash2 = slash < 0 ? -1 : t.indexOf('/', slash + 1);
        if (slash < 1 || slash > 2 || slash2 < 0 || slash2 - slash > 3 || slash2 + 5 > t.length()
                || !digits(t, 0, slash) || !digits(t, slash + 1, slash2) || !digits(t, slash2 + 1, slash2 + 5)) {
            return null;
        }
        int first = Integer.parseInt(t.substring(0, slash));
        int second = Integer.parseInt(t.substring(slash + 1, slash2));
        if (first > 12 && second <= 12) {
            return Order.DAY_FIRST;
        }
        if (second > 12 && first <= 12) {
            return Order.MONTH_FIRST;
        }
        return null;
    }

    /** True when the text starts like {@code d/M/yyyy} (a slash date with the year last). */
    public static boolean isYearLastSlashDate(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        int slash2 = slash < 0 ? -1 : t.indexOf('/', slash + 1);
        return slash >= 1 && slash <= 2 && slash2 > slash + 1 && slash2 - slash <= 3 && slash2 + 5 <= t.length()
                && digits(t, 0, slash) && digits(t, slash + 1, slash2) && digits(t, slash2 + 1, slash2 + 5);
    }

    /** True when the text is a timestamp of any shape above, whatever the day/month order. */
    public static boolean looksLikeTimestamp(String text) {
        try {
            new StampParser(ZoneOffset.UTC, Order.DAY_FIRST).parse(text, Long.MIN_VALUE);
            return true;
        } catch (DateTimeException e) {
            try {
                new StampParser(ZoneOffset.UTC, Order.MONTH_FIRST).parse(text, Long.MIN_VALUE);
                return true;
            } catch (DateTimeException again) {
                return false;
            }
        }
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }

    /** A cursor over the trimmed text; every mismatch is a {@link DateTimeException}. */
    private static final class Scan {
        private final String text;
        private int pos;
        private final int end;
        private int digits;

        Scan(String text) {
            int from = 0;
            int to = text.length();
            while (from < to && text.charAt(from) <= ' ') {
                from++;
            }
            while (to > from && text.charAt(to - 1) <= ' ') {
                to--;
            }
            this.text = text;
            this.pos = from;
            this.end = to;
        }

        int number() {
            int value = 0;
            int start = pos;
            while (pos < end && pos - start < 9) {
                char c = text.charAt(pos);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                pos++;
            }
            digits = pos - start;
            if (digits == 0) {
                throw fail();
            }
            return value;
        }

        int fraction() {
            int value = 0;
            int start = pos;
            while (pos < end && pos - start < 9 && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                value = value * 10 + (text.charAt(pos) - '0');
                pos++;
            }
            int n = pos - start;
            if (n == 0) {
                throw fail();
            }
            for (int i = n; i < 9; i++) {
                value *= 10;
            }
            return value;
        }

        boolean at(char c) {
            return pos < end && text.charAt(pos) == c;
        }

        char separator(String allowed) {
            if (pos >= end || allowed.indexOf(text.charAt(pos)) < 0) {
                throw fail();
            }
            return text.charAt(pos++);
        }

        void expect(char c) {
            if (!at(c)) {
                throw fail();
            }
            pos++;
        }

        /** The written offset, null when the text ends without one. */
        ZoneOffset offset() {
            if (pos == end) {
                return null;
            }
            char c = text.charAt(pos);
            if ((c == 'Z' || c == 'z') && pos + 1 == end) {
                return ZoneOffset.UTC;
            }
            if ((c != '+' && c != '-') || end - pos < 3) {
                throw fail();
            }
            pos++;
            int hours = twoDigits();
            int minutes = 0;
            if (at(':')) {
                pos++;
            }
            if (pos < end) {
                minutes = twoDigits();
            }
            if (pos != end) {
                throw fail();
            }
            return ZoneOffset.ofHoursMinutes(c == '-' ? -hours : hours, c == '-' ? -minutes : minutes);
        }

        private int twoDigits() {
            if (end - pos < 2 || !digits(text, pos, pos + 2)) {
                throw fail();
            }
            int value = (text.charAt(pos) - '0') * 10 + text.charAt(pos + 1) - '0';
            pos += 2;
            return value;
        }

        private DateTimeException fail() {
            return new DateTimeException("not a timestamp: " + text);
        }
    }
}
