package io.loggerflow.worker.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Times on the command line: {@code 2024-03-01}, {@code 2024-03-01T12:00} (both UTC) or with an offset. */
final class UtcTimeConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("not a time: '" + text
                    + "' (use 2024-03-01, 2024-03-01T12:00 (UTC) or 2024-03-01T12:00+02:00)");
        }
    }
}
