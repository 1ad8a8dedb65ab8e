package io.loggerflow.exporter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Cheap, allocation-free formatting of the cells of exported files (millions per export). */
final class CsvText {
    /** Values are written with at most this many decimals: finer than any logger resolves. */
    static final int DECIMALS = 6;
    private static final double SCALE = 1_000_000d;
    private static final double FIXED_LIMIT = 1e12;

    private CsvText() {
    }

    /** A header cell, quoted when it holds a separator, a quote or a line break (RFC 4180). */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** A number rounded to {@value #DECIMALS} decimals, without trailing zeros or exponent. */
    static void appendValue(StringBuilder out, double value) {
        if (!(Math.abs(value) < FIXED_LIMIT)) { // huge or not finite: rare, keep Java's notation
            out.append(value);
            return;
        }
        long scaled = Math.round(value * SCALE);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 1_000_000);
        long fraction = scaled % 1_000_000;
        if (fraction == 0) {
            return;
        }
        out.append('.');
        int digits = DECIMALS;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        for (long power = pow10(digits - 1); power > fraction; power /= 10) {
            out.append('0');
        }
        out.append(fraction);
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= 10;
        }
        return result;
    }

    /** {@code yyyy-MM-dd HH:mm:ss} in UTC. */
    static void appendTimestamp(StringBuilder out, long epochMillis) {
        appendYearFirst(out, utc(epochMillis), ' ');
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} in UTC, without a zone (ISO 8601 as the IEA Task 43 formats write it). */
    static void appendIsoTimestamp(StringBuilder out, long epochMillis) {
        appendYearFirst(out, utc(epochMillis), 'T');
    }

    private static void appendYearFirst(StringBuilder out, LocalDateTime t, char beforeTime) {
        out.append(t.getYear()).append('-');
        twoDigits(out, t.getMonthValue()).append('-');
        twoDigits(out, t.getDayOfMonth()).append(beforeTime);
        appendTime(out, t);
    }

    /** {@code dd/MM/yyyy HH:mm:ss} in UTC, as Windographer's own text export writes its stamps. */
    static void appendDayFirstTimestamp(StringBuilder out, long epochMillis) {
        LocalDateTime t = utc(epochMillis);
        twoDigits(out, t.getDayOfMonth()).append('/');
        twoDigits(out, t.getMonthValue()).append('/');
        out.append(t.getYear()).append(' ');
        appendTime(out, t);
    }

    private static LocalDateTime utc(long epochMillis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000L), 0, ZoneOffset.UTC);
    }

    private static void appendTime(StringBuilder out, LocalDateTime t) {
        twoDigits(out, t.getHour()).append(':');
        twoDigits(out, t.getMinute()).append(':');
        twoDigits(out, t.getSecond());
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }
}
