package io.loggerflow.parsers;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvErrorsTest {

    private static TextParsingException failure(String text, int maxColumns) {
        var settings = CsvParsing.quoted(',');
        settings.setMaxColumns(maxColumns);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new StringReader(text));
        return catchThrowableOfType(() -> {
            while (parser.parseNext() != null) {
                // read to the failure
            }
        }, TextParsingException.class);
    }

    @Test
    void tooManyFieldsIsTheLimitsReasonAfterTheOffset() {
        TextParsingException e = failure("a,b\nc,d\ne,f,g,h\n", 3);
        assertThat(e).isNotNull();
        assertThat(e.getLineIndex()).isGreaterThanOrEqualTo(2); // not before the third line
        long line = CsvErrors.line(e, 10, 1);
        assertThat(line).isEqualTo(10 + e.getLineIndex() + 1);

        InputFormatException error = CsvErrors.translate("f.csv", line, e, CsvErrors.LIMITS_STATED, "unreadable CSV");
        assertThat(error.getMessage()).isEqualTo("f.csv, line " + line + ": " + CsvErrors.LIMITS_STATED);
        assertThat(error.getCause()).isSameAs(e);
        assertThat(error.column()).isNull();
    }

    @Test
    void otherFailuresQuoteTheFirstLineOfTheParserMessage() {
        TextParsingException e = new TextParsingException(null, "bad input\nParser Configuration: ...");
        InputFormatException error = CsvErrors.translate("f.csv", 4, e, CsvErrors.LIMITS, "unreadable line");
        assertThat(error.reason()).isEqualTo("unreadable line: bad input");
    }

    @Test
    void lineUsesTheMinimumWhenTheParserDoesNotKnow() {
        TextParsingException e = new TextParsingException(null, "x");
        assertThat(e.getLineIndex()).isEqualTo(-1);
        assertThat(CsvErrors.line(e, 2, 0)).isEqualTo(2);
        assertThat(CsvErrors.line(e, 2, 1)).isEqualTo(3);
    }

    @Test
    void causedByLooksOnlyAtCauses() {
        var e = new RuntimeException(new IllegalStateException(new ArrayIndexOutOfBoundsException()));
        assertThat(CsvErrors.causedBy(e, ArrayIndexOutOfBoundsException.class)).isTrue();
        assertThat(CsvErrors.causedBy(e, RuntimeException.class)).isTrue(); // IllegalStateException is one
        assertThat(CsvErrors.causedBy(new IllegalStateException(), IllegalStateException.class)).isFalse();
    }

    @Test
    void firstLine() {
        assertThat(CsvErrors.firstLine(null)).isEqualTo("unknown error");
        assertThat(CsvErrors.firstLine("one")).isEqualTo("one");
        assertThat(CsvErrors.firstLine("one\ntwo")).isEqualTo("one");
    }

    @Test
    void unquotedSettingsKeepQuotesAndBlanksAsData() {
        CsvParser parser = new CsvParser(CsvParsing.unquoted('\t', 16));
        assertThat(parser.parseLine("\"a\" \t b\t")).containsExactly("\"a\" ", " b", "");
    }

    @Test
    void quotedSettingsReadHashAsData() {
        CsvParser parser = new CsvParser(CsvParsing.quoted(';'));
        parser.beginParsing(new StringReader("#x;\"a;b\"\n"));
        assertThat(parser.parseNext()).containsExactly("#x", "a;b");
    }
}
