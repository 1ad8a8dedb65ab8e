package io.loggerflow.parsers.nrg;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.tsv.TsvParser;
import com.univocity.parsers.tsv.TsvParserSettings;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.InputFormatException;

import java.io.Reader;

/** The tab-separated table after the {@code Data} line; line numbers count from the start of the file. */
final class NrgTable {
    private final DelimitedRecords records;
    private final long lineOffset;
    private final String fileName;

    /**
     * @param reader     positioned at the start of the column-header line
     * @param lineOffset number of file lines before that position (the {@code Data} line's number)
     */
    NrgTable(Reader reader, long lineOffset, String fileName) {
        this.lineOffset = lineOffset;
        this.fileName = fileName;
        TsvParser parser = new TsvParser(settings());
        try {
            this.records = new DelimitedRecords(parser, reader, lineOffset, this::translate);
        } catch (TextParsingException e) {
            parser.stopParsing();
            throw translate(e);
        }
    }

    private static TsvParserSettings settings() {
        TsvParserSettings settings = new TsvParserSettings();
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setCommentProcessingEnabled(false); // a '#' in a unit or value is data
        settings.setReadInputOnSeparateThread(false);
        settings.setInputBufferSize(CsvParsing.INPUT_BUFFER_CHARS);
        settings.setSkipEmptyLines(true);
        settings.setMaxCharsPerColumn(64 * 1024);
        settings.setMaxColumns(8192);
        settings.setNullValue("");
        return settings;
    }

    /** The column-header line that follows {@code Data}. */
    String[] columnHeader() {
        String[] names = next();
        if (names == null) {
            throw new InputFormatException(fileName, lineOffset + 1, null,
                    "no column header after the 'Data' line");
        }
        for (String name : names) {
            if (name != null && name.indexOf(NrgFiles.UNDECODABLE) >= 0) {
                throw new InputFormatException(fileName, lineNumber(), null, NrgFiles.UNDECODABLE_REASON);
            }
        }
        return names;
    }

    /** The data records, for the row reader once {@link #columnHeader()} is read. */
    DelimitedRecords records() {
        return records;
    }

    /** The next non-empty line's fields, or null at the end of the file. */
    String[] next() {
        return records.next();
    }

    /** 1-based file line of the fields last returned. */
    long lineNumber() {
        return records.line();
    }

    void close() {
        records.close();
    }

    private InputFormatException translate(TextParsingException e) {
        long line = CsvErrors.line(e, lineOffset, 1);
        String reason;
        if (CsvErrors.causedBy(e, ArrayIndexOutOfBoundsException.class)) {
            reason = CsvErrors.LIMITS_STATED;
        } else {
            String message = e.getMessage() == null ? "unknown error" : e.getMessage().lines().findFirst().orElse("");
            reason = "unreadable tab-separated table: " + message;
        }
        return new InputFormatException(fileName, line, null, reason, e);
    }
}
