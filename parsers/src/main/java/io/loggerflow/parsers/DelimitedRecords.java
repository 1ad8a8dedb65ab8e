package io.loggerflow.parsers;

import com.univocity.parsers.common.AbstractParser;
import com.univocity.parsers.common.TextParsingException;

import java.io.Closeable;
import java.io.Reader;

/**
 * The records a Univocity parser reads from a text whose first {@code offset} lines were read before (a
 * preamble); line numbers count from the start of the file and parser failures become
 * {@link InputFormatException}s.
 */
public final class DelimitedRecords implements Closeable {
    /** Turns a parser failure into the format's input error. */
    @FunctionalInterface
    public interface Translator {
        InputFormatException translate(TextParsingException e);
    }

    private final AbstractParser<?> parser;
    private final long offset;
    private final Translator translator;

    /** Starts {@code parser} on {@code reader}; a failure while starting is not translated. */
    public DelimitedRecords(AbstractParser<?> parser, Reader reader, long offset, Translator translator) {
        this.parser = parser;
        this.offset = offset;
        this.translator = translator;
        parser.beginParsing(reader);
    }

    /**
     * The usual translation: {@link CsvErrors#translate} at line {@link CsvErrors#line}{@code (e, offset, minLine)}.
     */
    public static Translator translator(String fileName, long offset, long minLine, String limits, String unreadable) {
        return e -> CsvErrors.translate(fileName, CsvErrors.line(e, offset, minLine), e, limits, unreadable);
    }

    /** The next record, or null at the end of the file. */
    public String[] next() {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            throw translator.translate(e);
        }
    }

    /** 1-based file line of the record last returned. */
    public long line() {
        return offset + parser.getContext().currentLine();
    }

    @Override
    public void close() {
        parser.stopParsing();
    }
}
