package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WideCsvFormatTest {
    private static final Path SAMPLE = SampleData.file("generic/ammonit-like_D150123_2024-03-01.csv");
    private static final Path MAPPING = SampleData.file("generic/ammonit-like.mapping.properties");
    private static final ZoneOffset PLUS_ONE = ZoneOffset.ofHours(1);
    private final WideCsvFormat format = new WideCsvFormat();

    @Test
    void isNeverDetected() throws IOException {
        assertThat(format.name()).isEqualTo("generic-wide");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isFalse();
        assertThat(format.detect("timestamp,ws\n2024-03-01 00:00,1\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void theMappingFileDescribesIdentityAndChannels() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), settings(mapping()))) {
            assertThat(reader.identity().logger()).isEqualTo("D150123");
            assertThat(reader.identity().table()).isEqualTo("statistics");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
            assertThat(reader.interval()).contains(Duration.ofMinutes(10));
            List<String> header = List.of(lines().get(4).split(";"));
            List<String> expectedNames = header.subList(2, header.size() - 1); // minus Date, Time and Status
            assertThat(reader.channels()).extracting(Channel::name).containsExactlyElementsOf(expectedNames);
            assertThat(reader.channels().get(0)).isEqualTo(new Channel("A1 80m avg", "m/s", "avg", 80.0, 0.0, "anemometer"));
            assertThat(reader.channels().get(3)).isEqualTo(new Channel("A1 80m sd", "m/s", "sd", 80.0, null, null));
            assertThat(reader.channels().get(4)).isEqualTo(new Channel("A2 60m avg", "m/s", "avg", 60.0, 225.0, "anemometer"));
            assertThat(reader.channels().get(6)).isEqualTo(new Channel("D1 78m avg", "deg", "avg", 78.0, null, "wind_vane"));
            assertThat(reader.channels().get(8)).isEqualTo(new Channel("T1 2m avg", "°C", "avg", 2.0, null, "thermometer"));
            assertThat(reader.channels().get(10)).isEqualTo(new Channel("P1 avg", "hPa", "avg", null, null, null));
        }
    }

    @Test
    void everyCellMatchesTheSampleTextWithDecimalCommaAndMarkers() throws IOException {
        List<String> text = lines();
        List<String[]> data = new ArrayList<>();
        for (String line : text.subList(5, text.size())) {
            data.add(line.split(";", -1));
        }
        int nan = 0;
        try (RowReader reader = format.open(InputSource.of(SAMPLE), settings(mapping()))) {
            int row = 0;
            while (reader.next()) {
                String[] cells = data.get(row);
                assertThat(reader.lineNumber()).isEqualTo(6 + row);
                for (int c = 0; c < reader.channels().size(); c++) {
                    String cell = cells[c + 2];
                    if (cell.isEmpty() || cell.equals("NaN") || cell.equals("-9999")) {
                        assertThat(reader.value(c)).isNaN();
                        nan++;
                    } else {
                        assertThat(reader.value(c)).isEqualTo(Double.parseDouble(cell.replace(',', '.')));
                    }
                }
                if (row == 0) { // 01.03.2024 00:00:00 at UTC+1
                    assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
                }
                row++;
            }
            assertThat(row).isEqualTo(data.size()).isEqualTo(144);
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T22:50:00Z"));
        }
        assertThat(nan).isEqualTo(4 * 4 + 2); // A1 fault 10:00-10:30 on four columns, one empty, one NaN
    }

    @Test
    void defaultsSingleIsoTimestampColumnCommaDelimiterAndNoMetadata() throws IOException {
        String text = "\uFEFFtime,WS,WD\n2024-03-01T00:10:00Z,7.5,NaN\n2024-03-01 00:20,8,,\n";
        try (RowReader reader = open(text, Map.of(), ZoneOffset.ofHours(2))) {
            assertThat(reader.identity().logger()).isEqualTo("wide");
            assertThat(reader.channels()).containsExactly(new Channel("WS", null, null), new Channel("WD", null, null));
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("2024-03-01T00:10:00Z").toEpochMilli());
            assertThat(reader.value(1)).isNaN();
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("2024-02-29T22:20:00Z").toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(8.0);
            assertThat(reader.value(1)).isNaN();
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void anotherEncodingIsDecodedWhenConfigured() throws IOException {
        byte[] latin = "Zeit;Temp °C\n2024-03-01 00:10;-1,5\n".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> options = Map.of("delimiter", ";", "decimal", ",", "encoding", "ISO-8859-1");
        try (RowReader reader = format.open(InputSource.of("w.csv", latin), new ParseSettings(ZoneOffset.UTC, options))) {
            assertThat(reader.channels().get(0).name()).isEqualTo("Temp °C");
            reader.next();
            assertThat(reader.value(0)).isEqualTo(-1.5);
        }
        assertThatThrownBy(() -> format.open(InputSource.of("w.csv", latin), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("w.csv, line 1: not valid UTF-8");
    }

    @Test
    void anInvalidByteInTheDataIsReportedOnItsLine() throws IOException {
        byte[] bytes = "t,A\n2024-03-01 00:10,1\n2024-03-01 00:20,2\n2024-03-01 00:30,X\n".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 2] = (byte) 0xC3; // a lone lead byte on line 4
        try (RowReader reader = format.open(InputSource.of("wide.csv", bytes), ParseSettings.UTC)) {
            // the CSV parser reads ahead, so the error may surface a row early, but it names the bad line
            assertThatThrownBy(() -> {
                while (reader.next()) {
                    reader.value(0);
                }
            }).isInstanceOf(InputFormatException.class).hasMessageStartingWith("wide.csv, line 4: not valid UTF-8 text");
        }
    }

    @Test
    void aWrongDecimalMarkIsRefusedNamingLineAndColumn() throws IOException {
        Map<String, String> options = new HashMap<>(mapping());
        options.put("decimal", ".");
        try (RowReader reader = format.open(InputSource.of(SAMPLE), settings(options))) {
            reader.next();
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(InputFormatException.class)
                    .hasMessage("ammonit-like_D150123_2024-03-01.csv, line 6, column A1 80m avg: not a number: '"
                            + lines().get(5).split(";")[2] + "'");
        }
    }

    @Test
    void badTimestampsShortRowsAndExtraFieldsAreRefused() throws IOException {
        try (RowReader reader = open("t;A\npre\n2024-03-01 00:10;1\n01/03/2024;2\n", Map.of("delimiter", ";",
                "data-start-line", "3"), ZoneOffset.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.lineNumber()).isEqualTo(3);
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("wide.csv, line 4, column t: not a timestamp");
        }
        try (RowReader reader = open("d,t,A,B\n2024-03-01,00:10,1\n", Map.of("timestamp-columns", "d,t"), ZoneOffset.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("wide.csv, line 2: expected 4 fields but found 3");
        }
        try (RowReader reader = open("t,A\n2024-03-01 00:10,1\n\r\n2024-03-01 00:20,x", Map.of(), ZoneOffset.UTC)) {
            reader.next();
            assertThat(reader.next()).isTrue(); // the blank line still counts, the last line has no newline
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(InputFormatException.class)
                    .hasMessage("wide.csv, line 4, column A: not a number: 'x'");
        }
        try (RowReader reader = open("t,A\n2024-03-01 00:10,1,2\n", Map.of(), ZoneOffset.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageContaining("wide.csv, line 2, column #3: more fields than the header line names");
        }
    }

    @Test
    void optionsThatDoNotFitTheHeaderAreRefused() throws IOException {
        Map<String, String> wrongTs = new HashMap<>(mapping());
        wrongTs.put("timestamp-columns", "Datum,Time");
        assertThatThrownBy(() -> format.open(InputSource.of(SAMPLE), settings(wrongTs)))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 5, column Datum: option timestamp-columns names a column the header line does not have");
        Map<String, String> wrongColumn = new HashMap<>(mapping());
        wrongColumn.put("column.A9 80m avg.unit", "m/s");
        assertThatThrownBy(() -> format.open(InputSource.of(SAMPLE), settings(wrongColumn)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 5, column A9 80m avg");
        Map<String, String> pastEnd = new HashMap<>(mapping());
        pastEnd.put("header-line", "500");
        pastEnd.remove("data-start-line");
        assertThatThrownBy(() -> format.open(InputSource.of(SAMPLE), settings(pastEnd)))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("the file ends before header-line 500");
        assertThatThrownBy(() -> open("t,A,A\n", Map.of(), ZoneOffset.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("wide.csv, line 1, column A: the column name appears twice");
        Map<String, String> badHeight = new HashMap<>(mapping());
        badHeight.put("column.A1 80m avg.height", "eighty");
        assertThatThrownBy(() -> format.open(InputSource.of(SAMPLE), settings(badHeight)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column.A1 80m avg.height");
        assertThatThrownBy(() -> open("t;A\n", Map.of("delimiter", ";", "decimal", ";"), ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generic-wide option 'decimal'");
    }

    private RowReader open(String text, Map<String, String> options, ZoneOffset zone) throws IOException {
        return format.open(InputSource.of("wide.csv", text.getBytes(StandardCharsets.UTF_8)), new ParseSettings(zone, options));
    }

    private static ParseSettings settings(Map<String, String> options) {
        return new ParseSettings(PLUS_ONE, options);
    }

    private static Map<String, String> mapping() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MAPPING, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> options = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> options.put(k, properties.getProperty(k)));
        return options;
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    }
}
