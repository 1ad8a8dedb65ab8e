package io.loggerflow.parsers.mixedarray;

import io.loggerflow.parsers.mixedarray.ArrayLayout.TimeField;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A line's time fields (year, day of year, hhmm, optional seconds) to epoch milliseconds in the logger's zone.
 * {@code 2400} is midnight at the end of the day written (the next day's 00:00).
 */
final class ArrayTimes {
    private ArrayTimes() {
    }

    /** @throws DateTimeException naming the field that is not a time */
    static long millis(String[] line, List<TimeField> fields, ZoneId zone) {
        int year = -1;
        int doy = -1;
        int hhmm = -1;
        double seconds = 0;
        for (int i = 0; i < fields.size(); i++) {
            String text = line[1 + i].trim();
            TimeField field = fields.get(i);
            if (field == TimeField.SEC) {
                seconds = seconds(text);
                continue;
            }
            int value = whole(text, field);
            switch (field) {
                case YEAR -> year = value;
                case DOY -> doy = value;
                default -> hhmm = value;
            }
        }
        if (year < 1900 || year > 9999) {
            throw new DateTimeException("year '" + year + "' is not a four-digit year");
        }
        LocalDate day = LocalDate.ofYearDay(year, doy);
        int hour = hhmm / 100;
        int minute = hhmm % 100;
        if (minute > 59 || hour > 24 || (hour == 24 && minute > 0)) {
            throw new DateTimeException("hhmm '" + hhmm + "' is not a time of day");
        }
        LocalDateTime time = day.atStartOfDay().plusHours(hour).plusMinutes(minute)
                .plusNanos(Math.round(seconds * 1_000_000_000d));
        return time.atZone(zone).toInstant().toEpochMilli();
    }

    private static int whole(String text, TimeField field) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            throw new DateTimeException(field.name().toLowerCase(java.util.Locale.ROOT) + " '" + text
                    + "' is not a whole number");
        }
        return Integer.parseInt(text);
    }

    private static double seconds(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value < 60) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DateTimeException("sec '" + text + "' is not 0 to 59.99 seconds");
    }
}
