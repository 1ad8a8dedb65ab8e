package io.loggerflow.parsers.generic;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.CsvParsing;
import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.InputFormatException;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * A text file read first line by line (free-form preambles, header lines), then handed to a Univocity
 * CSV parser for the data part with line numbers continuing from where the preamble stopped.
 */
public final class LineSource implements Closeable {
    private final BufferedReader reader;
    private final String fileName;
    private final Charset charset;
    private long line;

    public LineSource(Reader reader, String fileName, Charset charset) {
        this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 64 * 1024);
        this.fileName = fileName;
        this.charset = charset;
    }

    public String fileName() {
        return fileName;
    }

    /** The next physical line, or null at the end of the file. */
    public String readLine() throws IOException {
        try {
            String text = reader.readLine();
            if (text != null) {
                line++;
            }
            return text;
        } catch (IOException e) {
            Long at = Encodings.codingErrorLine(e);
            if (at == null) {
                throw e;
            }
            throw notText(at > 0 ? at : line + 1, e);
        }
    }

    /** 1-based number of the line last returned by {@link #readLine()} (0 before the first). */
    public long line() {
        return line;
    }

    /** Splits one line already read (a header) with the CSV rules of {@link #rows}. */
    public String[] split(String text, char delimiter) {
        CsvParser parser = new CsvParser(CsvParsing.quoted(delimiter));
        String[] cells = parser.parseLine(text);
        return cells == null ? new String[0] : cells;
    }

    /** The remaining lines as CSV records, numbered from the start of the file. */
    public DelimitedRecords rows(char delimiter) {
        long offset = line;
        try {
            return new DelimitedRecords(new CsvParser(CsvParsing.quoted(delimiter)), reader, offset,
                    e -> translate(e, offset));
        } catch (TextParsingException e) {
            // starting the parser reads the first block: a bad byte there must be refused like one further on
            throw translate(e, offset);
        }
    }

    private InputFormatException translate(TextParsingException e, long offset) {
        long at = CsvErrors.line(e, offset, 1);
        Long bad = Encodings.codingErrorLine(e);
        if (bad != null) {
            return notText(bad > 0 ? bad : at, e);
        }
        if (CsvErrors.causedBy(e, UncheckedIOException.class) || CsvErrors.causedBy(e, IOException.class)) {
            return new InputFormatException(fileName, at, null, "read error: " + CsvErrors.firstLine(e.getMessage()), e);
        }
        return CsvErrors.translate(fileName, at, e, CsvErrors.LIMITS_STATED, "unreadable CSV");
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Refuses a data record with fewer than {@code columnCount} fields or non-empty fields beyond them. */
    public void requireFields(String[] row, int columnCount, long at) {
        if (row.length < columnCount) {
            throw error(at, null, "expected " + columnCount + " fields but found " + row.length);
        }
        for (int i = columnCount; i < row.length; i++) {
            if (row[i] != null && !row[i].isBlank()) {
                throw error(at, "#" + (i + 1), "more fields than the header line names (" + columnCount + ")");
            }
        }
    }

    public InputFormatException error(long at, String column, String reason) {
        return new InputFormatException(fileName, at, column, reason);
    }

    private InputFormatException notText(long at, Throwable e) {
        return new InputFormatException(fileName, at, null, "not valid " + charset.name()
                + " text (set the encoding option if the file uses another character set)", e);
    }
}
