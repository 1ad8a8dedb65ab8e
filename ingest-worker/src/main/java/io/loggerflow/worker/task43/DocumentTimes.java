package io.loggerflow.worker.task43;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The {@code date_from}/{@code date_to} of a station document: ISO 8601, in the logger's time zone unless an
 * offset is written (the data model's rule), so {@code offset_from_utc_hrs} of the logger turns them into instants.
 */
record DocumentTimes(ZoneOffset offset) {

    /** The instant of a date-time text, or null for null/absent; a bad text names its path. */
    Instant parse(String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(offset);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": not a date-time: '" + text + "'");
        }
    }

    /** An offset of some hours (fractions allowed, e.g. 5.5), as {@code offset_from_utc_hrs} states it. */
    static DocumentTimes ofHours(double hours) {
        return new DocumentTimes(ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600)));
    }
}
