package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.SkippedColumn;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SniffedFormatTest {
    private static final Path MET_MAST = SampleData.file("sniffed-met-mast/MastM2_export_2024-03-12.csv");
    private static final Path LIDAR = SampleData.file("sniffed-lidar-iso/FLS200_buoy3_2024-03-01.csv");
    private static final Path SEMICOLON = SampleData.file("sniffed-semicolon/Logger7_2024-03-14.csv");
    private static final Path UNITS = SampleData.file("sniffed-units-row/Tower5_2024-03-02.txt");
    private static final Path PREAMBLE = SampleData.file("sniffed-preamble/M4_stats_2024-03-13.csv");
    private static final Path AMBIGUOUS = Path.of("src/test/resources/sniffed/Mast9_ambiguous_2024-04-03.csv");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final SniffedFormat format = new SniffedFormat();
    private final FormatRegistry registry = FormatRegistry.standard();

    @Test
    void isAskedAfterEveryOtherFormat() {
        List<LoggerFormat> formats = registry.formats();
        assertThat(formats.get(formats.size() - 1)).isInstanceOf(SniffedFormat.class);
        assertThat(format.detectionRank()).isEqualTo(LoggerFormat.DetectionRank.SNIFFED);
        assertThat(formats.stream().filter(f -> f != formats.get(formats.size() - 1)))
                .allSatisfy(f -> assertThat(f.detectionRank()).isLessThan(LoggerFormat.DetectionRank.SNIFFED));
    }

    @Test
    void aBomAndDayFirstStampsInTheFoldersZone() throws IOException {
        try (RowReader reader = open(MET_MAST, BERLIN, Map.of())) {
            assertThat(reader.identity().logger()).isEqualTo("MastM2_export");
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("WS_80m_Avg", "Spd 80m SD",
                    "wind_speed_40m", "Dir50", "Temp 2m [°C]");
            assertThat(reader.channels().get(4).unit()).isEqualTo("°C");
            assertThat(reader.sniffedLayout()).get().asString()
                    .contains("encoding UTF-8 with BOM", "delimiter ','", "decimal '.'", "names on line 1, data from line 2",
                            "timestamp 'Date/Time' as dd/MM/yyyy HH:mm (day first: '13/03/2024 00:00')",
                            "zone Europe/Berlin (the folder's timezone)", "missing markers -9999, empty",
                            "5 sensors, metadata guessed from the column names");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps()).hasSize(48);
            // 12/03/2024 18:00 in Berlin (UTC+1 in March before the switch) is 17:00 UTC
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-12T17:00:00Z"));
            assertThat(out.stamps().get(47)).isEqualTo(Instant.parse("2024-03-13T00:50:00Z"));
            assertThat(out.count(0)).isEqualTo(47); // one -9999
            assertThat(out.sum(0)).isCloseTo(351.01, within(1e-9));
            assertThat(out.count(3)).isEqualTo(47); // one empty cell
            assertThat(out.sum(3)).isCloseTo(10257.9, within(1e-9));
        }
    }

    @Test
    void isoStampsWithAnOffsetIgnoreTheFoldersZone() throws IOException {
        try (RowReader reader = open(LIDAR, BERLIN, Map.of())) {
            assertThat(reader.sniffedLayout()).get().asString()
                    .contains("timestamp 'timestamp' as yyyy-MM-dd'T'HH:mm:ssXXX (year first)",
                            "zone from the offset in the stamps", "missing markers NaN");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
            assertThat(out.stamps()).hasSize(36);
            assertThat(out.count(2)).isEqualTo(34);
            assertThat(out.sum(2)).isCloseTo(353.91, within(1e-9));
        }
    }

    @Test
    void semicolonsDecimalCommasDateAndTimeColumnsAndATextColumnInLatin1() throws IOException {
        try (RowReader reader = open(SEMICOLON, ZoneOffset.UTC, Map.of())) {
            assertThat(reader.channels()).extracting(Channel::name)
                    .containsExactly("WS 40m [m/s]", "Dir 40m", "Temp 2m [°C]", "Press [hPa]");
            assertThat(reader.channels()).extracting(Channel::unit).containsExactly("m/s", null, "°C", "hPa");
            assertThat(reader.skippedColumns()).containsExactly(new SkippedColumn("Compass", SkipReasons.TEXT));
            assertThat(reader.sniffedLayout()).get().asString()
                    .contains("encoding ISO-8859-1 (not valid UTF-8)", "delimiter ';'", "decimal ','",
                            "timestamp 'Datum' + 'Zeit' as dd.MM.yyyy HH:mm (day first: '14.03.2024 00:00')",
                            "missing markers #N/A", "left out Compass (text column)");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errors()).isEmpty();
            assertThat(out.stamps().get(1)).isEqualTo(Instant.parse("2024-03-14T00:10:00Z"));
            assertThat(out.values().get(0)).containsExactly(5.6, 30, -1.5, 1011.4);
            assertThat(out.count(0)).isEqualTo(29);
            assertThat(out.sum(0)).isCloseTo(169.79, within(1e-9));
            assertThat(out.sum(2)).isCloseTo(-44.3, within(1e-9));
        }
    }

    @Test
    void aUnitsLineUnderTheNamesGivesTheUnits() throws IOException {
        try (RowReader reader = open(UNITS, ZoneOffset.UTC, Map.of())) {
            assertThat(reader.channels()).extracting(Channel::unit).containsExactly("m/s", "m/s", "deg", "%", "V");
            assertThat(reader.sniffedLayout()).get().asString()
                    .contains("delimiter tab", "names on line 1, units on line 2, data from line 3", "missing markers 9999");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).hasSize(24);
            assertThat(out.count(2)).isEqualTo(23);
            assertThat(out.sum(2)).isCloseTo(4111.7, within(1e-9));
        }
    }

    @Test
    void titleLinesAboveTheNamesAndMonthFirstStamps() throws IOException {
        try (RowReader reader = open(PREAMBLE, ZoneOffset.UTC, Map.of())) {
            assertThat(reader.sniffedLayout()).get().asString()
                    .contains("names on line 4, data from line 5", "as MM/dd/yyyy HH:mm (month first: '03/13/2024 00:00')");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-13T00:00:00Z"));
            assertThat(out.count(3)).isEqualTo(23);
            assertThat(out.sum(3)).isCloseTo(194.3, within(1e-9));
        }
    }

    @Test
    void anAmbiguousDayMonthOrderIsRefusedWithTheOptionThatSettlesIt() throws IOException {
        assertThat(registry.detect(InputSource.of(AMBIGUOUS)).name()).isEqualTo(SniffedFormat.NAME);
        assertThatThrownBy(() -> open(AMBIGUOUS, ZoneOffset.UTC, Map.of())).isInstanceOf(InputFormatException.class)
                .hasMessage("Mast9_ambiguous_2024-04-03.csv, line 2, column Date/Time: generic-sniffed: the day/month"
                        + " order of dates like '03/04/2024 00:00' is not told by any of the first 36 rows (no day above 12):"
                        + " set option timestamp-pattern (e.g. dd/MM/yyyy HH:mm or MM/dd/yyyy HH:mm) for this folder");
        try (RowReader reader = open(AMBIGUOUS, ZoneOffset.UTC, Map.of("timestamp-pattern", "MM/dd/yyyy HH:mm"))) {
            assertThat(reader.sniffedLayout()).get().asString()
                    .contains("as MM/dd/yyyy HH:mm (option timestamp-pattern)");
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
            assertThat(out.stamps()).hasSize(36);
            assertThat(out.sum(0)).isCloseTo(253.57, within(1e-9));
            assertThat(out.sum(1)).isEqualTo(7830.0);
        }
    }

    @Test
    void contradictingDatesAreRefused() {
        String text = "Date,WS\n13/03/2024 00:00,1\n03/14/2024 00:10,2\n";
        assertThatThrownBy(() -> open(text, Map.of())).hasMessageContaining("the dates contradict each other:"
                + " '13/03/2024 00:00' is day first, '03/14/2024 00:10' month first: set option timestamp-pattern");
    }

    @Test
    void twoCandidateStampColumnsAreRefusedUntilOneIsNamed() throws IOException {
        String text = "Start,End,WS\n2024-03-01 00:00,2024-03-01 00:10,7.5\n2024-03-01 00:10,2024-03-01 00:20,7.7\n";
        assertThatThrownBy(() -> open(text, Map.of())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 1: generic-sniffed: columns 'Start' and 'End' both hold timestamps:"
                        + " set option timestamp-column (e.g. Start)");
        try (RowReader reader = open(text, Map.of("timestamp-column", "End"))) {
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("WS");
            assertThat(reader.skippedColumns()).containsExactly(new SkippedColumn("Start", SkipReasons.TIMESTAMP));
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T00:10:00Z"),
                    Instant.parse("2024-03-01T00:20:00Z"));
        }
    }

    @Test
    void aCommaThatCouldBeAThousandsSeparatorIsRefusedUntilTheDecimalIsSet() throws IOException {
        String text = "Time;Energy\n2024-03-01 00:00;1,250\n2024-03-01 00:10;1,375\n";
        assertThatThrownBy(() -> open(text, Map.of())).hasMessageContaining("line 2: generic-sniffed: a comma in"
                + " values like '1,250' may be a decimal mark or a thousands separator: set option decimal (e.g. ,)");
        try (RowReader reader = open(text, Map.of("decimal", ","))) {
            assertThat(ReadOut.of(reader).values()).containsExactly(new double[]{1.25}, new double[]{1.375});
        }
        assertThatThrownBy(() -> open("Time;A;B\n2024-03-01 00:00;1,5;2.5\n", Map.of()))
                .hasMessageContaining("the values show both decimal marks ('2.5' and '1,5'): set option decimal");
    }

    @Test
    void utf16WithABomIsRead() throws IOException {
        byte[] utf16 = "Timestamp\tWS\n2024-03-01 00:00\t7,5\n2024-03-01 00:10\t8,25\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(format.detect(withBom)).isTrue();
        try (RowReader reader = format.open(InputSource.of("u16.txt", withBom), new ParseSettings(ZoneOffset.UTC, Map.of()))) {
            assertThat(reader.sniffedLayout()).get().asString().contains("encoding UTF-16 with BOM", "decimal ','");
            assertThat(ReadOut.of(reader).values()).containsExactly(new double[]{7.5}, new double[]{8.25});
        }
    }

    @Test
    void claimsOnlyATableOfNamesAndStampedRows() {
        List<String> notTables = List.of(
                "just one line of text",
                "name;speed\nA;7\nB;8\n",                                           // no timestamp column
                "2024-03-01 00:00,1,2\n2024-03-01 00:10,3,4\n",                     // no names
                "Logger;D150123\nSite;Hilltop\nDate;WS\n2024-03-01 00:00;7,5\n",   // a key/value header above the names
                "TIMESTAMP,WS\nTS,m/s\nSmp,Avg\n2024-03-01 00:00,7.5\n",           // two lines between names and data
                "timestamp,sensor,value\n2024-03-01 00:00,WS,7\n2024-03-01 00:00,WD,210\n"
                        + "2024-03-01 00:10,WS,8\n2024-03-01 00:10,WD,212\n");      // a long table
        for (String text : notTables) {
            assertThat(format.detect(text.getBytes(StandardCharsets.UTF_8))).as(text).isFalse();
        }
        assertThat(format.detect("Mast 7 export,,\nTime,WS,WD\n2024-03-01 00:00,7.5,210\n"
                .getBytes(StandardCharsets.UTF_8))).as("a title padded to the table's width").isTrue();
    }

    @Test
    void badRowsAreReportedWithTheirLineAndTheRestLoads() throws IOException {
        StringBuilder text = new StringBuilder("Time,WS,WD\n2024-03-01 00:00,7.5,210\n2024-03-01 00:10,x,211\n"
                + "2024-03-01 00:20,7.7\ngarbage,1,2\n");
        for (int i = 4; i < 40; i++) {
            text.append(String.format("2024-03-01 %02d:%02d,7.9,214%n", i / 6, i % 6 * 10));
        }
        try (RowReader reader = open(text.toString(), Map.of())) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.stamps()).hasSize(37).startsWith(Instant.parse("2024-03-01T00:00:00Z"),
                    Instant.parse("2024-03-01T00:40:00Z"));
            assertThat(out.errorLines()).containsExactly("3: WS: not a number: 'x'", "4: expected 3 fields but found 2",
                    "5: Time: not a timestamp (expected yyyy-MM-dd HH:mm): 'garbage'");
        }
    }

    @Test
    void optionsSetWhatWouldBeSniffed() throws IOException {
        try (RowReader reader = open("Time|WS\n2024-03-01 00:00|-999\n", Map.of("delimiter", "|", "missing", "-999",
                "logger", "M7"))) {
            assertThat(reader.identity().logger()).isEqualTo("M7");
            assertThat(ReadOut.of(reader).count(0)).isZero();
        }
        assertThatThrownBy(() -> open("Time;WS\n2024-03-01 00:00;7\n", Map.of("timestamp-column", "Date")))
                .hasMessageContaining("line 1, column Date: generic-sniffed: option timestamp-column names a column");
    }

    private RowReader open(Path file, ZoneId zone, Map<String, String> options) throws IOException {
        return format.open(InputSource.of(file), new ParseSettings(zone, options));
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("f.csv", text.getBytes(StandardCharsets.UTF_8)),
                new ParseSettings(ZoneOffset.UTC, options));
    }
}
