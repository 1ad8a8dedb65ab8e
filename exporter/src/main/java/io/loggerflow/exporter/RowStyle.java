package io.loggerflow.exporter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/** How a layout spells the rows of a wide file: its CSV dialect, its timestamps and its missing cells. */
record RowStyle(CSVFormat format, Stamps stamps, String missing) {
    /** Comma-separated, RFC 4180 quoting where needed, CRLF: what spreadsheets and pandas read by default. */
    static final CSVFormat COMMA = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.MINIMAL).get();
    /** Tab-delimited, for Windographer's text import. */
    static final CSVFormat TAB = COMMA.builder().setDelimiter('\t').get();

    static final RowStyle PER_TYPE = new RowStyle(COMMA, CsvText::appendTimestamp, "");

    /** Appends a timestamp (epoch milliseconds, UTC). */
    @FunctionalInterface
    interface Stamps {
        void append(StringBuilder out, long epochMillis);
    }
}
