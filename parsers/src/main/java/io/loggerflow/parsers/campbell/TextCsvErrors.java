package io.loggerflow.parsers.campbell;

import com.univocity.parsers.common.TextParsingException;
import io.loggerflow.parsers.CsvErrors;
import io.loggerflow.parsers.InputFormatException;

import java.nio.charset.CharacterCodingException;

/** What a CSV parser's failure on a Campbell text file (TOA5, TOACI1) tells the user. */
public final class TextCsvErrors {
    private TextCsvErrors() {
    }

    /** The failure as an error naming the file and line; bytes that are not UTF-8 are said as such. */
    public static InputFormatException translate(String fileName, TextParsingException e) {
        long line = CsvErrors.line(e, 0, 0);
        if (CsvErrors.causedBy(e, CharacterCodingException.class)) {
            return new InputFormatException(fileName, line, null, "not valid UTF-8 text", e);
        }
        return CsvErrors.translate(fileName, line, e, CsvErrors.LIMITS_STATED, "unreadable CSV");
    }
}
