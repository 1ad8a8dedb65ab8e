package io.loggerflow.parsers;

import com.univocity.parsers.csv.CsvParserSettings;

/** Univocity settings shared by the delimited-text readers: same thread, no comment lines, empty cells as "". */
public final class CsvParsing {
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
