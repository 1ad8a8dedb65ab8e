package io.loggerflow.parsers;

import com.univocity.parsers.csv.CsvParser;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelimitedRecordsTest {

    @Test
    void numbersRecordsFromTheStartOfTheFile() {
        try (DelimitedRecords records = new DelimitedRecords(new CsvParser(CsvParsing.quoted(',')),
                new StringReader("1,2\n\n3,4\n"), 5, DelimitedRecords.translator("f.csv", 5, 1, CsvErrors.LIMITS, "bad"))) {
            assertThat(records.next()).containsExactly("1", "2");
            assertThat(records.line()).isEqualTo(6);
            assertThat(records.next()).containsExactly("3", "4");
            assertThat(records.line()).isEqualTo(8); // the empty line 7 is skipped but counted
            assertThat(records.next()).isNull();
        }
    }

    @Test
    void translatesParserFailures() {
        var settings = CsvParsing.quoted(',');
        settings.setMaxColumns(2);
        try (DelimitedRecords records = new DelimitedRecords(new CsvParser(settings), new StringReader("1,2,3\n"), 5,
                DelimitedRecords.translator("f.csv", 5, 1, CsvErrors.LIMITS, "bad"))) {
            assertThatThrownBy(records::next).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("f.csv, line ").hasMessageEndingWith(": " + CsvErrors.LIMITS);
        }
    }
}
