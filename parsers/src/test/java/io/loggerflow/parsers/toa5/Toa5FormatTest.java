package io.loggerflow.parsers.toa5;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Toa5FormatTest {
    private static final Path DAY1 = SampleData.file("campbell/MAST01_Ten_Min_2024_03_01.dat");
    private final Toa5Format format = new Toa5Format();

    @Test
    void readsHeaderIdentityAndChannelsOfTheSampleFile() throws IOException {
        try (RowReader reader = format.open(InputSource.of(DAY1), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("MAST01");
            assertThat(reader.identity().table()).isEqualTo("Ten_Min");
            assertThat(reader.identity().model()).isEqualTo("CR1000X");
            assertThat(reader.identity().serial()).isEqualTo("12345");
            assertThat(reader.channels()).hasSize(20);
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("WS_80m_Avg", "m/s", "Avg"));
            assertThat(reader.channels().get(12)).isEqualTo(new Channel("WD_78m_Avg", "deg", "WVc"));
            assertThat(reader.channels().get(19)).isEqualTo(new Channel("BattV_Min", "Volts", "Min"));
        }
    }

    @Test
    void streamsRowsWithExactValuesTimestampsAndNan() throws IOException {
        try (RowReader reader = format.open(InputSource.of(DAY1), ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(reader.value(0)).isEqualTo(8.387);
            assertThat(reader.value(19)).isEqualTo(12.63);
            assertThat(reader.lineNumber()).isEqualTo(5);
            int rows = 1;
            while (reader.next()) {
                rows++;
                if (rows == 51) { // 2024-03-01 08:30, the 60 m anemometer iced
                    assertThat(reader.value(4)).isNaN();
                    assertThat(reader.value(7)).isNaN();
                    assertThat(reader.value(8)).isEqualTo(4.67);
                    assertThat(reader.lineNumber()).isEqualTo(55);
                }
            }
            assertThat(rows).isEqualTo(144);
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
        }
    }

    @Test
    void appliesTheSourceTimeZone() throws IOException {
        String file = header() + "\"2024-03-01 00:10:00\",1,1.5\n";
        try (RowReader reader = open(file, new ParseSettings(ZoneOffset.ofHours(-5)))) {
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T05:10:00Z"));
        }
    }

    @Test
    void aLoggerOnLocalTimeAcrossBothDaylightSavingSwitchesGivesContinuousUtcStamps() throws IOException {
        java.time.ZoneId madrid = java.time.ZoneId.of("Europe/Madrid");
        // spring: 2024-03-31 02:00 CET jumps to 03:00 CEST, so the logger never writes 02:xx
        String spring = header() + "\"2024-03-31 01:50:00\",1,1\n\"2024-03-31 03:00:00\",2,2\n\"2024-03-31 03:10:00\",3,3\n";
        try (RowReader reader = open(spring, new ParseSettings(madrid))) {
            assertThat(stamps(reader)).containsExactly(Instant.parse("2024-03-31T00:50:00Z"),
                    Instant.parse("2024-03-31T01:00:00Z"), Instant.parse("2024-03-31T01:10:00Z"));
        }
        // autumn: 2024-10-27 03:00 CEST goes back to 02:00 CET, so 02:00..02:50 appear twice
        StringBuilder autumn = new StringBuilder(header());
        String[] local = {"01:50", "02:00", "02:10", "02:50", "02:00", "02:10", "02:50", "03:00"};
        for (int i = 0; i < local.length; i++) {
            autumn.append("\"2024-10-27 ").append(local[i]).append(":00\",").append(i).append(",1\n");
        }
        try (RowReader reader = open(autumn.toString(), new ParseSettings(madrid))) {
            assertThat(stamps(reader)).containsExactly(Instant.parse("2024-10-26T23:50:00Z"),
                    Instant.parse("2024-10-27T00:00:00Z"), Instant.parse("2024-10-27T00:10:00Z"),
                    Instant.parse("2024-10-27T00:50:00Z"), Instant.parse("2024-10-27T01:00:00Z"),
                    Instant.parse("2024-10-27T01:10:00Z"), Instant.parse("2024-10-27T01:50:00Z"),
                    Instant.parse("2024-10-27T02:00:00Z"));
        }
    }

    private static java.util.List<Instant> stamps(RowReader reader) throws IOException {
        java.util.List<Instant> stamps = new java.util.ArrayList<>();
        while (reader.next()) {
            stamps.add(Instant.ofEpochMilli(reader.timestampMillis()));
        }
        return stamps;
    }

    @Test
    void acceptsBomUnquotedSpreadsheetResaveWithTrailingEmptyColumnAndSubSecondStamps() throws IOException {
        String file = "\uFEFFTOA5,ST,CR6,1,os,prog,sig,Fast,\n"
                + "TIMESTAMP,RECORD,WS_Avg,\nTS,RN,m/s,\n,,Avg,\n"
                + "2024-03-01 00:00:00.25,1,3.5,\n2024-03-01 00:00:00.5,2,NAN,\n";
        try (RowReader reader = format.open(InputSource.of("f", file.getBytes(StandardCharsets.UTF_8)),
                ParseSettings.UTC)) {
            assertThat(reader.identity().table()).isEqualTo("Fast");
            assertThat(reader.channels()).containsExactly(new Channel("WS_Avg", "m/s", "Avg"));
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("2024-03-01T00:00:00.250Z").toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(3.5);
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isNaN();
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws IOException {
        String file = header() + "\"2024-03-01 00:10:00\",1,1.5\n\"2024-03-01 00:20:00\",2,abc\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            reader.next();
            reader.value(0);
            reader.next();
            assertThatThrownBy(() -> reader.value(0))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.dat, line 6, column WS_Avg: not a number: 'abc'");
        }
    }

    @Test
    void aBadTimestampNamesTheLine() throws IOException {
        String file = header() + "\"2024-03-01 0:1O\",1,1.5\n\"2024-03-01 00:20\",2,2.5\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageContaining("line 5, column TIMESTAMP: not a timestamp");
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(2.5);
        }
    }

    @Test
    void aShortRowIsRefused() throws IOException {
        String file = "\"TOA5\",\"S\",\"M\",\"1\",\"o\",\"p\",\"s\",\"T\"\n\"TIMESTAMP\",\"RECORD\",\"A\",\"B\"\n"
                + "\"TS\",\"RN\",\"\",\"\"\n\"\",\"\",\"Avg\",\"Avg\"\n\"2024-03-01 00:10:00\",1,1.5\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("line 5").hasMessageContaining("expected 4 fields but found 3");
        }
    }

    @Test
    void aTruncatedHeaderIsRefused() {
        String file = "\"TOA5\",\"S\",\"M\",\"1\",\"o\",\"p\",\"s\",\"T\"\n\"TIMESTAMP\",\"RECORD\",\"A\"\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("ends inside the 4-line TOA5 header");
    }

    @Test
    void invalidUtf8IsAnInputErrorNotGarbage() {
        byte[] bytes = (header() + "\"2024-03-01 00:10:00\",1,1.5\n").getBytes(StandardCharsets.UTF_8);
        bytes[20] = (byte) 0xC3; // a lone lead byte inside the header
        bytes[21] = (byte) 0x28;
        assertThatThrownBy(() -> format.open(InputSource.of("bad.dat", bytes), ParseSettings.UTC).next())
                .isInstanceOf(InputFormatException.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void detectionRecognisesToa5AndRefusesOtherFiles() throws IOException {
        FormatRegistry registry = FormatRegistry.standard();
        assertThat(registry.detect(InputSource.of(DAY1)).name()).isEqualTo("toa5");
        InputSource other = InputSource.of("x.csv", "time;ws\n1;2\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> registry.detect(other)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("x.csv").hasMessageContaining("unknown format").hasMessageContaining("toa5");
        InputSource empty = InputSource.of("e.dat", new byte[0]);
        assertThatThrownBy(() -> registry.detect(empty)).hasMessageContaining("e.dat: the file is empty");
    }

    private static String header() {
        return "\"TOA5\",\"S\",\"M\",\"1\",\"o\",\"p\",\"s\",\"T\"\n\"TIMESTAMP\",\"RECORD\",\"WS_Avg\"\n"
                + "\"TS\",\"RN\",\"m/s\"\n\"\",\"\",\"Avg\"\n";
    }

    private RowReader open(String text, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("bad.dat", text.getBytes(StandardCharsets.UTF_8)), settings);
    }
}
