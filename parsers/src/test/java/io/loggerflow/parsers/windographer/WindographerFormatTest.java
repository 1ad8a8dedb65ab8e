package io.loggerflow.parsers.windographer;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindographerFormatTest {
    private static final Path MAST_B = SampleData.file("windographer/MastB_10min_2024-03-01.txt");
    private static final Path DEMO2 = SampleData.file("windographer/Demo2_10min_2024-03-02.txt");
    private static final ParseSettings CET = new ParseSettings(ZoneOffset.ofHours(1));
    private final WindographerFormat format = new WindographerFormat();

    @Test
    void detectsWindographerExportsOnly() throws IOException {
        assertThat(format.detect(Files.readAllBytes(MAST_B))).isTrue();
        assertThat(format.detect(Files.readAllBytes(DEMO2))).isTrue();
        assertThat(format.detect(bytes("\uFEFFCreated 01-03-2024 09:00 by Windographer 4.2.0\r\n"))).isTrue();
        for (String other : List.of("campbell/MAST01_Ten_Min_2024_03_01.dat", "generic/tidy_site7_2024-03-01.csv",
                "generic/ammonit-like_D150123_2024-03-01.csv")) {
            assertThat(format.detect(Files.readAllBytes(SampleData.file(other)))).as(other).isFalse();
        }
        assertThat(format.detect(bytes("NRG Export Service\nExport version:\t3\n"))).isFalse();
        assertThat(format.detect(bytes("HeaderSize=4\nID System=WLS7-999\n"))).isFalse();
        assertThat(format.detect(bytes("CSV Converter: v1,000;Unit: 999\n"))).isFalse();
        assertThat(format.detect(bytes("Created by hand\nWindographer is mentioned later\n"))).isFalse();
        assertThat(format.detect(bytes("Date/Time\tSpd80mN\n01/03/2024 00:00\t7.1\n"))).isFalse();
        assertThat(format.detect(new byte[0])).isFalse();
    }

    @Test
    void readsPreambleIdentityAndChannelMetadataFromSpacedNames() throws IOException {
        try (WindographerReader reader = (WindographerReader) format.open(InputSource.of(MAST_B), CET)) {
            assertThat(reader.identity().logger()).isEqualTo("MastB_10min");
            assertThat(reader.version()).isEqualTo("4.2.11");
            assertThat(reader.headerValues()).containsEntry("Latitude", "N 53.412300")
                    .containsEntry("Elevation", "112 m").containsEntry("Excluded flags", "Icing, Tower shadow");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
            List<Channel> channels = reader.channels();
            assertThat(channels).hasSize(headerNames(MAST_B).size() - 1);
            assertThat(channels.get(0)).isEqualTo(new Channel("Speed 80 m N [m/s]", "m/s", "Avg", 80.0, 0.0, "Speed"));
            assertThat(channels.get(1)).isEqualTo(new Channel("Speed 80 m N SD [m/s]", "m/s", "SD", 80.0, 0.0, "Speed"));
            assertThat(channels.get(3)).isEqualTo(new Channel("Speed 80 m S [m/s]", "m/s", "Avg", 80.0, 180.0, "Speed"));
            assertThat(channels.get(5)).isEqualTo(new Channel("Speed 60 m A [m/s]", "m/s", "Avg", 60.0, null, "Speed"));
            assertThat(channels.get(8)).isEqualTo(new Channel("Speed 40 m A Gust [m/s]", "m/s", "Gust", 40.0, null, "Speed"));
            assertThat(channels.get(9)).isEqualTo(new Channel("Direction 78 m N [°]", "°", "Avg", 78.0, 0.0, "Direction"));
            assertThat(channels.get(11)).isEqualTo(new Channel("Temperature 2 m [°C]", "°C", "Avg", 2.0, null, "Temperature"));
            assertThat(channels.get(13)).isEqualTo(new Channel("Relative Humidity 2 m [%]", "%", "Avg", 2.0, null, "Relative Humidity"));
            assertThat(channels.get(14)).isEqualTo(new Channel("Battery Voltage Min [V]", "V", "Min", null, null, null));
        }
    }

    @Test
    void everyCellMatchesTheSampleTextWith9999AndEmptyAsNan() throws IOException {
        List<String[]> expected = dataRows(MAST_B);
        int firstDataLine = headerLineNumber(MAST_B) + 1;
        int nanCells = 0;
        try (RowReader reader = format.open(InputSource.of(MAST_B), CET)) {
            int rows = 0;
            while (reader.next()) {
                String[] cells = expected.get(rows);
                assertThat(reader.lineNumber()).isEqualTo(firstDataLine + rows);
                for (int c = 0; c < reader.channels().size(); c++) {
                    String text = cells[c + 1];
                    if (text.equals("9999") || text.isEmpty()) {
                        assertThat(reader.value(c)).as("row %d col %d", rows, c).isNaN();
                        nanCells++;
                    } else {
                        assertThat(reader.value(c)).as("row %d col %d", rows, c).isEqualTo(Double.parseDouble(text));
                    }
                }
                if (rows == 0) { // 01/03/2024 00:00 at UTC+1
                    assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
                }
                rows++;
            }
            assertThat(rows).isEqualTo(expected.size()).isEqualTo(144);
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T22:50:00Z"));
        }
        assertThat(nanCells).isEqualTo(3 * 10 + 2); // icing 06:00-07:30 on three columns, one empty, one 9999
    }

    @Test
    void compactNamesOffsetsAndAConfiguredMissingMarker() throws IOException {
        ParseSettings settings = new ParseSettings(ZoneOffset.ofHours(-5), Map.of("missing", "-999", "logger", "Demo2"));
        List<String[]> expected = dataRows(DEMO2);
        try (RowReader reader = format.open(InputSource.of(DEMO2), settings)) {
            assertThat(reader.identity().logger()).isEqualTo("Demo2");
            List<Channel> ch = reader.channels();
            assertThat(ch.get(0)).isEqualTo(new Channel("Spd80mN", null, "Avg", 80.0, 0.0, null));
            assertThat(ch.get(2)).isEqualTo(new Channel("Spd80mNStd", null, "Std", 80.0, 0.0, null));
            assertThat(ch.get(3)).isEqualTo(new Channel("Spd80mNMax", null, "Max", 80.0, 0.0, null));
            assertThat(ch.get(4)).isEqualTo(new Channel("Dir78mS", null, "Avg", 78.0, 180.0, null));
            assertThat(ch.get(6)).isEqualTo(new Channel("T2m", null, "Avg", 2.0, null, null));
            assertThat(ch.get(9)).isEqualTo(new Channel("PrcpTot", null, "Tot", null, null, null));
            assertThat(ch.get(10)).isEqualTo(new Channel("BattMin", null, "Min", null, null, null));
            int rows = 0;
            while (reader.next()) {
                String[] cells = expected.get(rows);
                for (int c = 0; c < ch.size(); c++) {
                    if (cells[c + 1].equals("-999")) {
                        assertThat(reader.value(c)).isNaN();
                    } else {
                        assertThat(reader.value(c)).isEqualTo(Double.parseDouble(cells[c + 1]));
                    }
                }
                if (rows == 0) { // the +00:00 written in the file wins over the configured zone
                    assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-02T12:00:00Z"));
                }
                rows++;
            }
            assertThat(rows).isEqualTo(expected.size()).isEqualTo(72);
        }
        // without the option -999 is an ordinary number
        try (RowReader reader = format.open(InputSource.of(DEMO2), ParseSettings.UTC)) {
            for (int i = 0; i <= 50; i++) {
                reader.next();
            }
            assertThat(reader.value(4)).isEqualTo(-999.0);
        }
    }

    @Test
    void defaultStatisticCanBeSwitchedOff() throws IOException {
        try (RowReader reader = format.open(InputSource.of(DEMO2),
                new ParseSettings(ZoneOffset.UTC, Map.of("default-statistic", "none")))) {
            assertThat(reader.channels().get(0).statistic()).isNull();
            assertThat(reader.channels().get(2).statistic()).isEqualTo("Std");
        }
    }

    @Test
    void stampPositionFollowsTheSentenceElseTheOptionElseStart() throws IOException {
        String end = preamble("Time stamps indicate the end of the time step.") + "Date/Time\tA\n01/03/2024 00:10\t1\n";
        try (RowReader r = open(end, Map.of("stamp-position", "start"))) {
            assertThat(r.stampPosition()).isEqualTo(StampPosition.END);
        }
        String none = preamble("") + "Date/Time\tA\n01/03/2024 00:10\t1\n";
        try (RowReader r = open(none, Map.of("stamp-position", "end"))) {
            assertThat(r.stampPosition()).isEqualTo(StampPosition.END);
        }
        try (RowReader r = open(none, Map.of())) {
            assertThat(r.stampPosition()).isEqualTo(StampPosition.START);
        }
    }

    @Test
    void commaDelimiterAndPatternOptionAndWindows1252Units() throws IOException {
        String text = preamble("") + "Date/Time,Temperature 2 m [°C]\n2024-03-01 00:10,-1.5\n";
        byte[] latin = text.getBytes(StandardCharsets.ISO_8859_1);
        ParseSettings settings = new ParseSettings(ZoneOffset.UTC, Map.of("timestamp-pattern", "yyyy-MM-dd HH:mm"));
        try (RowReader r = format.open(InputSource.of("w.txt", latin), settings)) {
            assertThat(r.channels().get(0).unit()).isEqualTo("°C");
            assertThat(r.next()).isTrue();
            assertThat(r.timestampMillis()).isEqualTo(Instant.parse("2024-03-01T00:10:00Z").toEpochMilli());
            assertThat(r.value(0)).isEqualTo(-1.5);
        }
        ParseSettings utf8 = new ParseSettings(ZoneOffset.UTC, Map.of("encoding", "UTF-8"));
        assertThatThrownBy(() -> format.open(InputSource.of("w.txt", latin), utf8))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("w.txt, line 12: not valid UTF-8");
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws IOException {
        String text = preamble("") + "Date/Time\tSpeed 80 m N [m/s]\n01/03/2024 00:00\t7.5\n01/03/2024 00:10\t7,5\n";
        try (RowReader r = open(text, Map.of())) {
            r.next();
            assertThat(r.value(0)).isEqualTo(7.5);
            r.next();
            assertThatThrownBy(() -> r.value(0)).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.txt, line 14, column Speed 80 m N [m/s]: not a number: '7,5'");
        }
    }

    @Test
    void aBadTimestampAndAShortRowAreRefused() throws IOException {
        String text = preamble("") + "Date/Time\tA\tB\n2024-03-01T00:10\t1\t2\n";
        try (RowReader r = open(text, Map.of())) {
            assertThatThrownBy(r::next).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("bad.txt, line 13, column Date/Time: not a timestamp");
        }
        String shortRow = preamble("") + "Date/Time\tA\tB\n01/03/2024 00:10\t1\n";
        try (RowReader r = open(shortRow, Map.of())) {
            assertThatThrownBy(r::next).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("line 13").hasMessageContaining("expected 3 fields but found 2");
        }
        String impossible = preamble("") + "Date/Time\tA\n31/04/2024 00:10\t1\n";
        try (RowReader r = open(impossible, Map.of())) {
            assertThatThrownBy(r::next).isInstanceOf(InputFormatException.class).hasMessageContaining("line 13");
        }
    }

    @Test
    void aMissingHeaderOrWrongFirstLineIsRefused() {
        assertThatThrownBy(() -> open(preamble(""), Map.of())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad.txt, line 11: the file ends before the 'Date/Time' column header line");
        assertThatThrownBy(() -> open("Created by hand\nDate/Time\tA\n", Map.of())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad.txt, line 1: not a Windographer export");
        assertThatThrownBy(() -> open(preamble("") + "Date/Time A\n", Map.of())).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 12: cannot tell the delimiter");
    }

    private static String preamble(String stampSentence) {
        return "Created 01-03-2024 09:00 by Windographer 4.2.0\n\nLatitude = N 53.000000\nLongitude = W 7.000000\n"
                + "Elevation = 120 m\nCalm threshold = 0 m/s\n\nIncluded flags: <Unflagged data>\nExcluded flags: Icing\n\n"
                + stampSentence + "\n";
    }

    private RowReader open(String text, Map<String, String> options) throws IOException {
        return format.open(InputSource.of("bad.txt", text.getBytes(StandardCharsets.UTF_8)),
                new ParseSettings(ZoneOffset.UTC, options));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int headerLineNumber(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Date/Time")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no header in " + file);
    }

    private static List<String> headerNames(Path file) throws IOException {
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(headerLineNumber(file) - 1);
        return List.of(header.strip().split("\t"));
    }

    private static List<String[]> dataRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int columns = headerNames(file).size();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(headerLineNumber(file), lines.size())) {
            if (!line.isBlank()) {
                rows.add(java.util.Arrays.copyOf(line.split("\t", -1), columns));
            }
        }
        return rows;
    }
}
