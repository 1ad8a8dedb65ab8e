package io.loggerflow.parsers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Damage the mutation corpus found in real-shaped files: each must leave its row out with an account, never
 * change a value or lose a row without a word.
 */
class DamagedTextTest {
    private static final String TOA5_HEADER = """
            "TOA5","M1","CR1000X","1","os","CPU:p.CR1X","1","Ten_Min"
            "TIMESTAMP","RECORD","WS_Avg","T_Avg"
            "TS","RN","m/s","degC"
            "","","Avg","Avg"
            """;

    @Test
    void aControlCharacterInACellMakesTheRowBadInsteadOfBeingTrimmedAway() throws IOException {
        // a flipped bit turned the last digit of 220.633 into \u0013 and the first of 6.36 into \u0016
        ReadOut out = toa5(TOA5_HEADER
                + "\"2024-03-01 00:10:00\",1,220.63\u0013,1.5\n"
                + "\"2024-03-01 00:20:00\",2,\u0016.36,1.6\n"
                + "\"2024-03-01 00:30:00\",3,5.25,1.7\n");
        assertThat(out.values()).hasSize(1);
        assertThat(out.values().get(0)).containsExactly(5.25, 1.7);
        assertThat(out.errorLines()).hasSize(2).allSatisfy(e -> assertThat(e).contains("not a number"));
        assertThat(out.errors()).extracting(InputFormatException::line).containsExactly(5L, 6L);
    }

    @Test
    void aDamagedFirstRowDoesNotTurnAMeasuredColumnIntoText() throws IOException {
        try (RowReader reader = open(TOA5_HEADER
                + "\"2024-03-01 00:10:00\",1,5.2a,1.5\n"
                + "\"2024-03-01 00:20:00\",2,5.6,1.6\n")) {
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("WS_Avg", "T_Avg");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.values()).hasSize(1);
            assertThat(out.values().get(0)).containsExactly(5.6, 1.6);
            assertThat(out.errors()).extracting(InputFormatException::line).containsExactly(5L);
        }
    }

    @Test
    void aNulByteInANameIsShownNotPassedOnToTheDatabase() throws IOException {
        ReadOut out;
        try (RowReader reader = open(TOA5_HEADER.replace("WS_Avg", "WS\u0000Avg")
                + "\"2024-03-01 00:10:00\",1,5.5,1.5\n")) {
            assertThat(reader.channels().get(0).name()).isEqualTo("WS" + TextInput.REPLACEMENT + "Avg");
            out = ReadOut.of(reader);
        }
        assertThat(out.values()).hasSize(1);
    }

    @Test
    void aStrayQuoteThatRunsLinesTogetherCountsEveryLineItSwallowed() throws IOException {
        ReadOut out = toa5(TOA5_HEADER
                + "\"2024-03-01 00:10:00\",1,\"5.5,1.5\n"
                + "\"2024-03-01 00:20:00\",2,5.6,1.6\n"
                + "\"2024-03-01 00:30:00\",3,5.7,1.7\n");
        int rows = out.values().size() + out.errors().stream().mapToInt(RowException::rows).sum();
        assertThat(rows).isEqualTo(3);
        assertThat(out.errors()).isNotEmpty();
        assertThat(out.errors().get(0).line()).isEqualTo(5);
        assertThat(out.errors().get(0).reason()).contains("read as one record");
    }

    @Test
    void aLineOfSpacesIsNoRowInAnyDelimitedFormat() throws IOException {
        ReadOut out = toa5(TOA5_HEADER
                + "\"2024-03-01 00:10:00\",1,5.5,1.5\n"
                + "   \n"
                + "\"2024-03-01 00:20:00\",2,5.6,1.6\n");
        assertThat(out.values()).hasSize(2);
        assertThat(out.errors()).isEmpty();
    }

    @Test
    void aToa5FileThatLostItsUnitsLineIsRefusedRatherThanReadingItsFirstRowAsUnits() {
        String header = TOA5_HEADER.replace("\"TS\",\"RN\",\"m/s\",\"degC\"\n", "");
        assertThatThrownBy(() -> open(header + "\"2024-03-01 00:10:00\",1,5.5,1.5\n"
                + "\"2024-03-01 00:20:00\",2,5.6,1.6\n"
                + "\"2024-03-01 00:30:00\",3,5.7,1.7\n"))
                .isInstanceOf(InputFormatException.class).isNotInstanceOf(RowException.class)
                .hasMessageContaining("line 4").hasMessageContaining("a header line is missing");
    }

    private static ReadOut toa5(String text) throws IOException {
        try (RowReader reader = open(text)) {
            return ReadOut.of(reader);
        }
    }

    private static RowReader open(String text) throws IOException {
        return FormatRegistry.standard().require("toa5")
                .open(InputSource.of("M1_Ten_Min.dat", text.getBytes(StandardCharsets.UTF_8)), ParseSettings.UTC);
    }
}
