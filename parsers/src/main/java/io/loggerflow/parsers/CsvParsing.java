package io.loggerflow.parsers;

import com.univocity.parsers.csv.CsvParserSettings;

/** Univocity settings shared by the delimited-text readers: same thread, no comment lines, empty cells as "". */
public final class CsvParsing {
    /**
     * Characters Univocity reads ahead. Its default (1 M chars, a 2 MB array) is a humongous allocation for
     * the JVM's G1 collector at a worker's heap size; each file is opened two or three times, so a fleet of
     * day files filled the heap with them and ran a full collection every few files. A field still may be
     * longer: the buffer only bounds the read-ahead, {@code maxCharsPerColumn} the field.
     */
    public static final int INPUT_BUFFER_CHARS = 16 * 1024;

    private CsvParsing() {
    }

    /**
     * Double-quoted fields ({@code ""} inside quotes), at most 64 KiB per field and 8192 fields; see
     * {@link CsvErrors#LIMITS_STATED}. '#' is data, not a comment.
     */
    public static CsvParserSettings quoted(char delimiter) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setQuote('"');
        settings.getFormat().setQuoteEscape('"');
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setCommentProcessingEnabled(false);
        settings.setReadInputOnSeparateThread(false);
        settings.setInputBufferSize(INPUT_BUFFER_CHARS);
        settings.setSkipEmptyLines(true);
        settings.setMaxCharsPerColumn(64 * 1024);
        settings.setMaxColumns(8192);
        settings.setNullValue("");
        settings.setEmptyValue("");
        return settings;
    }

    /** No quoting at all ('"' is data), whitespace kept, at most 64 KiB per field and {@code maxColumns} fields. */
    public static CsvParserSettings unquoted(char delimiter, int maxColumns) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.getFormat().setDelimiter(delimiter);
        settings.getFormat().setQuote('\0');
        settings.getFormat().setQuoteEscape('\0');
        settings.getFormat().setComment('\0');
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setCommentProcessingEnabled(false);
        settings.setReadInputOnSeparateThread(false);
        settings.setInputBufferSize(INPUT_BUFFER_CHARS);
        settings.setSkipEmptyLines(true);
        settings.setIgnoreLeadingWhitespaces(false);
        settings.setIgnoreTrailingWhitespaces(false);
        settings.setMaxCharsPerColumn(64 * 1024);
        settings.setMaxColumns(maxColumns);
        settings.setNullValue("");
        settings.setEmptyValue("");
        return settings;
    }
}
