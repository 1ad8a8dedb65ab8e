package io.loggerflow.parsers;

import com.univocity.parsers.common.TextParsingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * How a CSV parser failure counts: a record the parser could not read (an unclosed quote, a field beyond its
 * limits) is a bad row after which the parser cannot go on; text not in the file's character set and read
 * errors refuse the file.
 */
public final class RowErrors {
    /** Appended to the reason of a row after which the rest of the file is not read. */
    public static final String REST_NOT_READ = "; the rest of the file is not read";

    private RowErrors() {
    }

    /** True when {@code e} (from {@link DelimitedRecords#next()}) is a parser failure on one record's text. */
    public static boolean parserStopped(InputFormatException e) {
        Throwable cause = e.getCause();
        return !(e instanceof RowException) && cause instanceof TextParsingException
                && !CsvErrors.causedBy(cause, CharacterCodingException.class)
                && !CsvErrors.causedBy(cause, IOException.class)
                && !CsvErrors.causedBy(cause, UncheckedIOException.class);
    }

    /** {@code e} as the row error it is when {@link #parserStopped}: same place, the reason says reading ends. */
    public static RowException stopped(InputFormatException e) {
        return new RowException(e.fileName(), e.line(), e.column(), e.reason() + REST_NOT_READ, e);
    }

    /** {@code e} as a row error: same file, line, column and reason. */
    public static RowException of(InputFormatException e) {
        return e instanceof RowException row ? row : new RowException(e.fileName(), e.line(), e.column(), e.reason(), e);
    }
}
