package io.loggerflow.parsers.toa5;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.TableIntervals;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The TOA5 shapes real loggers, transfers and spreadsheets produce (fixtures in src/test/resources/quirks). */
class Toa5FieldQuirksTest {
    private static final ParseSettings BERLIN = new ParseSettings(ZoneId.of("Europe/Berlin"));
    private final Toa5Format format = new Toa5Format();

    @Test
    void aDailyTableLeavesOutTimeOfMaxMinAndTextColumnsAndStatesItsInterval() throws Exception {
        try (RowReader reader = openFixture("FX_STN_Daily_2024_03_03.dat", ParseSettings.UTC)) {
            assertThat(reader.channels()).extracting(Channel::name)
                    .containsExactly("AirT_C_Max", "AirT_C_Min", "Batt_V_Min");
            assertThat(reader.skippedColumns()).containsExactly(
                    new SkippedColumn("AirT_C_TMx", "time of maximum (TMx)"),
                    new SkippedColumn("AirT_C_TMn", "time of minimum (TMn)"),
                    new SkippedColumn("SensorSN", "text column"));
            assertThat(reader.identity().table()).isEqualTo("Daily");
            assertThat(TableIntervals.fromName(reader.identity().table())).contains(Duration.ofDays(1));
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-02T00:00:00Z"),
                    Instant.parse("2024-03-03T00:00:00Z"));
            assertThat(out.count(0)).isEqualTo(1);
            assertThat(out.sum(0)).isEqualTo(11.42);
            assertThat(out.sum(1)).isCloseTo(-5.15, within(1e-9));
            assertThat(out.sum(2)).isCloseTo(25.19, within(1e-9));
        }
    }

    @Test
    void aClockSteppedBackAndARecollectedBlockComeOutInFileOrderWithoutError() throws Exception {
        try (RowReader reader = openFixture("FX_STN_Ten_Min_clock_2024_03_01.dat", ParseSettings.UTC)) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps()).extracting(i -> i.toString().substring(11, 16))
                    .containsExactly("12:00", "12:10", "12:20", "12:10", "12:20", "12:40", "12:00", "12:10", "12:50");
            assertThat(out.values()).extracting(v -> v[0])
                    .containsExactly(5.1, 5.3, 5.2, 5.6, 5.7, 5.9, 5.1, 5.3, 6.0);
        }
    }

    @Test
    void anEmptyStationFallsBackToTheLoggerOptionElseTheFileNameWithoutItsDate() throws Exception {
        try (RowReader reader = openFixture("NoStation_Hourly_2024-03-01.dat", ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("NoStation_Hourly");
            assertThat(reader.identity().table()).isEqualTo("Hourly");
            assertThat(reader.identity().serial()).isEqualTo("1234");
            assertThat(ReadOut.of(reader).sum(0)).isCloseTo(24.9, within(1e-9));
        }
        try (RowReader reader = openFixture("NoStation_Hourly_2024-03-01.dat",
                new ParseSettings(ZoneId.of("UTC"), Map.of("logger", "MAST9")))) {
            assertThat(reader.identity().logger()).isEqualTo("MAST9");
        }
    }

    @Test
    void aSpreadsheetResavedFileIsDetectedAndReadWithItsOffsetsAndTheDayFirstOrderItProvesLater() throws Exception {
        Path file = fixture("FX_STN_Hourly_resaved.csv");
        assertThat(FormatRegistry.standard().detect(InputSource.of(file)).name()).isEqualTo("toa5");
        try (RowReader reader = openFixture("FX_STN_Hourly_resaved.csv", BERLIN)) {
            assertThat(reader.identity().logger()).isEqualTo("FX_STN");
            assertThat(reader.channels()).extracting(Channel::name)
                    .containsExactly("AirT_C_Avg", "AirT_C_Max", "RH", "Batt_V_Min");
            assertThat(reader.skippedColumns()).containsExactly(
                    new SkippedColumn("AirT_C_TMx", "time of maximum (TMx)"),
                    new SkippedColumn("SensorSN", "text column"));
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            // 12/01 then 13/01: day first; the written +00:00 wins over the configured Berlin zone
            assertThat(out.stamps()).containsExactly(Instant.parse("2016-01-12T22:30:00Z"),
                    Instant.parse("2016-01-12T23:30:00Z"), Instant.parse("2016-01-13T00:30:00Z"));
            assertThat(out.count(0)).isEqualTo(2);
            assertThat(out.sum(0)).isCloseTo(35.7, within(1e-9));
            assertThat(out.sum(2)).isCloseTo(213.8, within(1e-9));
        }
    }

    @Test
    void slashDatesThatNeverTellTheirOrderNeedTheTimestampPatternOption() throws IOException {
        String file = "TOA5,S,M,1,o,p,s,Hourly\nTIMESTAMP,RECORD,A\nTS,RN,V\n,,Avg\n"
                + "03/04/2024 10:00,1,1.5\n03/04/2024 11:00,2,2.5\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .isNotInstanceOf(RowException.class)
                .hasMessageContaining("x.dat, line 5, column TIMESTAMP: the day/month order of the timestamps cannot be told")
                .hasMessageContaining("set the format option timestamp-pattern (e.g. dd/MM/yyyy HH:mm)");
        try (RowReader reader = open(file, new ParseSettings(ZoneId.of("UTC"),
                Map.of("timestamp-pattern", "dd/MM/yyyy HH:mm")))) {
            assertThat(ReadOut.of(reader).stamps()).containsExactly(Instant.parse("2024-04-03T10:00:00Z"),
                    Instant.parse("2024-04-03T11:00:00Z"));
        }
        String monthFirst = file.replace("03/04/2024 11:00", "03/14/2024 11:00");
        try (RowReader reader = open(monthFirst, ParseSettings.UTC)) {
            assertThat(ReadOut.of(reader).stamps()).containsExactly(Instant.parse("2024-03-04T10:00:00Z"),
                    Instant.parse("2024-03-14T11:00:00Z"));
        }
    }

    @Test
    void badRowsAreRowExceptionsWithTheirLineAndTheReaderGoesOnToTheTruncatedLastLine() throws Exception {
        try (RowReader reader = openFixture("FX_STN_Ten_Min_cut_2024_03_01.dat", ParseSettings.UTC)) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errorLines()).containsExactly(
                    "6: WS_Avg: not a number: 'abc'",
                    "7: expected 5 fields but found 1",
                    "10: expected 5 fields but found 4");
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T00:30:00Z"));
            assertThat(out.sum(0)).isEqualTo(11.5);
            assertThat(out.sum(2)).isEqualTo(6.5);
        }
    }

    @Test
    void anUnclosedQuoteOnTheLastLineEndsTheFileWithoutHangingOrEscaping() throws IOException {
        String file = "\"TOA5\",\"S\",\"M\",\"1\",\"o\",\"p\",\"s\",\"T\"\n\"TIMESTAMP\",\"RECORD\",\"A\"\n"
                + "\"TS\",\"RN\",\"V\"\n\"\",\"\",\"Avg\"\n\"2024-03-01 00:10:00\",1,1.5\n\"2024-03-01 00:20:00,2,2.5\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.values()).extracting(v -> v[0]).containsExactly(1.5);
            assertThat(out.errorLines()).singleElement().asString().contains("expected 3 fields but found 1");
        }
    }

    @Test
    void aRecordBeyondTheParsersLimitsIsOneBadRowAfterWhichTheFileEnds() throws IOException {
        String file = "\"TOA5\",\"S\",\"M\",\"1\",\"o\",\"p\",\"s\",\"T\"\n\"TIMESTAMP\",\"RECORD\",\"A\"\n"
                + "\"TS\",\"RN\",\"V\"\n\"\",\"\",\"Avg\"\n\"2024-03-01 00:10:00\",1,1.5\n"
                + "\"2024-03-01 00:20:00\",2," + "9".repeat(70 * 1024) + "\n\"2024-03-01 00:30:00\",3,3.5\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.values()).extracting(v -> v[0]).containsExactly(1.5);
            assertThat(out.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(6);
                assertThat(e.reason()).startsWith("a field or the number of fields exceeds the parser's limits")
                        .endsWith("; the rest of the file is not read");
            });
        }
    }

    @Test
    void stringAndTimestampCellsTellTheirColumnsAndNumbersStayChannels() throws IOException {
        String file = "\"TOA5\",\"S\",\"M\",\"1\",\"o\",\"p\",\"s\",\"Status\"\n"
                + "\"TIMESTAMP\",\"RECORD\",\"OSVersion\",\"OSSignature\",\"SerialNumber\",\"LastReset\",\"Comment\"\n"
                + "\"TS\",\"RN\",\"\",\"\",\"\",\"\",\"\"\n\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
                + "\"2021-08-20 12:57:36.036\",0,\"CR1000X.Std.03.02\",54936,\"7632\",\"2021-08-01T06:00:00Z\",\"\"\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("OSSignature", "SerialNumber", "Comment");
            assertThat(reader.skippedColumns()).containsExactly(new SkippedColumn("OSVersion", "text column"),
                    new SkippedColumn("LastReset", "timestamp column"));
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2021-08-20T12:57:36.036Z"));
            assertThat(out.values().get(0)).containsExactly(54936, 7632, Double.NaN);
        }
    }

    private RowReader openFixture(String fixture, ParseSettings settings) throws IOException, URISyntaxException {
        return format.open(InputSource.of(fixture(fixture)), settings);
    }

    private RowReader open(String text, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("x.dat", text.getBytes(StandardCharsets.UTF_8)), settings);
    }

    static Path fixture(String name) throws URISyntaxException {
        Path path = Path.of(Toa5FieldQuirksTest.class.getResource("/quirks/" + name).toURI());
        assertThat(Files.isRegularFile(path)).isTrue();
        return path;
    }
}
