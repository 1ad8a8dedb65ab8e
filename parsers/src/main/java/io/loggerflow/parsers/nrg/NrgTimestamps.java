package io.loggerflow.parsers.nrg;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * NRG timestamps: {@code yyyy-MM-dd HH:mm:ss} (SymphoniePRO export) or ISO 8601 {@code yyyy-MM-ddTHH:mm:ssZ}
 * (LOGR), optionally with a fraction and an offset. An offset in the text wins over the zone passed in.
 */
final class NrgTimestamps {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT); // 2024-02-30 is an error, not 2024-02-29

    private NrgTimestamps() {
    }

    /**
     * Epoch milliseconds of a timestamp.
     *
     * @param zone used when the text carries no offset
     * @throws DateTimeException when the text is not such a timestamp
     */
    static long parse(String text, ZoneId zone) {
        TemporalAccessor parsed = FORMAT.parse(text.strip());
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local.toInstant(ZoneOffset.from(parsed)).toEpochMilli();
        }
        return local.atZone(zone).toInstant().toEpochMilli();
    }
}
