package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TidyCsvFormatTest {
    private static final Path TIDY = SampleData.file("generic/tidy_site7_2024-03-01.csv");
    private static final ZoneOffset PLUS_ONE = ZoneOffset.ofHours(1);
    private final TidyCsvFormat format = new TidyCsvFormat();

    @Test
    void detectsOnlyAnExactTidyHeader() throws IOException {
        assertThat(format.detect(Files.readAllBytes(TIDY))).isTrue();
        for (String header : List.of("timestamp,sensor,value\n", "Timestamp;Sensor;Value;Unit\r\n",
                "timestamp\tsensor\tvalue\tunit\n", "\"timestamp\",\"sensor\",\"value\",\"unit\"\n",
                "\uFEFFTIMESTAMP,SENSOR,VALUE")) {
            assertThat(format.detect(bytes(header))).as(header).isTrue();
        }
        for (String other : List.of("timestamp,sensor,value,unit,flag\n", "time,sensor,value\n",
                "timestamp,value,sensor\n", "timestamp;sensor,value\n", "sensor,timestamp,value\n",
                "# timestamp,sensor,value\n", "hello world\n", "")) {
            assertThat(format.detect(bytes(other))).as(other).isFalse();
        }
        for (String sample : List.of("campbell/MAST01_Ten_Min_2024_03_01.dat", "windographer/MastB_10min_2024-03-01.txt",
                "generic/ammonit-like_D150123_2024-03-01.csv")) {
            assertThat(format.detect(Files.readAllBytes(SampleData.file(sample)))).as(sample).isFalse();
        }
    }

    @Test
    void sensorsBecomeChannelsInFirstSeenOrderWithTheirUnits() throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        for (String[] line : sampleLines()) {
            units.putIfAbsent(line[1], line[3]);
        }
        try (RowReader reader = format.open(InputSource.of(TIDY), new ParseSettings(PLUS_ONE))) {
            assertThat(reader.identity().logger()).isEqualTo("tidy_site7");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.UNKNOWN);
            List<Channel> expected = new ArrayList<>();
            units.forEach((sensor, unit) -> expected.add(new Channel(sensor, unit, null)));
            assertThat(reader.channels()).containsExactlyElementsOf(expected);
            assertThat(reader.channels().get(5)).isEqualTo(new Channel("GHI", "W/m^2", null));
        }
    }

    @Test
    void groupsLinesWithTheSameTimestampIntoWideRows() throws IOException {
        // expectations from the sample's text: timestamp -> sensor -> cell, and each group's first line
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        int lineNo = 1;
        for (String[] line : sampleLines()) {
            lineNo++;
            firstLine.putIfAbsent(line[0], lineNo);
            groups.computeIfAbsent(line[0], k -> new LinkedHashMap<>()).put(line[1], line[2]);
        }
        List<String> stamps = new ArrayList<>(groups.keySet());
        try (RowReader reader = format.open(InputSource.of(TIDY), new ParseSettings(PLUS_ONE))) {
            int row = 0;
            int absent = 0;
            while (reader.next()) {
                String stamp = stamps.get(row);
                assertThat(reader.timestampMillis())
                        .isEqualTo(LocalDateTime.parse(stamp).toInstant(PLUS_ONE).toEpochMilli());
                assertThat(reader.lineNumber()).isEqualTo(firstLine.get(stamp).longValue());
                Map<String, String> cells = groups.get(stamp);
                for (int c = 0; c < reader.channels().size(); c++) {
                    String text = cells.get(reader.channels().get(c).name());
                    if (text == null || text.isEmpty() || text.equals("NaN")) {
                        assertThat(reader.value(c)).as("%s %s", stamp, c).isNaN();
                        absent += text == null ? 1 : 0;
                    } else {
                        assertThat(reader.value(c)).as("%s %s", stamp, c).isEqualTo(Double.parseDouble(text));
                    }
                }
                row++;
            }
            assertThat(row).isEqualTo(groups.size()).isEqualTo(72);
            assertThat(absent).isEqualTo(48 + 6); // pressure only every 30 min, GHI from 01:00
        }
        assertThat(Instant.ofEpochMilli(LocalDateTime.parse(stamps.get(0)).toInstant(PLUS_ONE).toEpochMilli()))
                .isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
    }

    @Test
    void offsetsInTheFileWinAndOptionsRenameColumnsAndSetDecimalAndMarkers() throws IOException {
        String text = "ts;name;reading;flag\n2024-03-01T00:00:00Z;WS;7,5;0\n2024-03-01T01:00:00+01:00;WD;-9999;0\n"
                + "2024-03-01 00:10;WS;8,25;0\n";
        Map<String, String> options = Map.of("timestamp-column", "ts", "sensor-column", "name",
                "value-column", "reading", "decimal", ",", "missing", "-9999", "stamp-position", "end", "logger", "L1");
        try (RowReader reader = open(text, new ParseSettings(ZoneOffset.ofHours(-3), options))) {
            assertThat(reader.identity().logger()).isEqualTo("L1");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.channels()).containsExactly(new Channel("WS", null, null), new Channel("WD", null, null));
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z").toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(7.5);
            assertThat(reader.value(1)).isNaN();
            assertThat(reader.next()).isTrue(); // no offset: the configured zone, UTC-3
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("2024-03-01T03:10:00Z").toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(8.25);
            assertThat(reader.value(1)).isNaN();
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void timestampsGoingBackwardsAreRefusedNamingTheLine() throws IOException {
        String text = "timestamp,sensor,value\n2024-03-01T00:10,A,1\n2024-03-01T00:10,B,2\n2024-03-01T00:00,A,3\n";
        try (RowReader reader = open(text, ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("tidy.csv, line 4, column timestamp: tidy CSV must be sorted by timestamp");
        }
    }

    @Test
    void aSensorTwiceForOneTimestampIsABadRowAndTheFirstLineCounts() throws IOException {
        String text = "timestamp,sensor,value\n2024-03-01T00:10,A,1\n2024-03-01T00:10,B,2\n2024-03-01T00:10,A,3\n";
        try (RowReader reader = open(text, ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(1.0);
            assertThat(reader.value(1)).isEqualTo(2.0);
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageContaining("tidy.csv, line 4, column sensor: sensor 'A' appears twice")
                    .hasMessageContaining("also line 2");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void badNumbersTimestampsAndShortLinesNameFileAndLine() throws IOException {
        String badNumber = "timestamp,sensor,value\n2024-03-01T00:10,A,1\n2024-03-01T00:10,B,1.2.3\n";
        try (RowReader reader = open(badNumber, ParseSettings.UTC)) {
            reader.next();
            assertThat(reader.value(0)).isEqualTo(1.0);
            assertThatThrownBy(() -> reader.value(1)).isInstanceOf(RowException.class)
                    .hasMessage("tidy.csv, line 3, column value: not a number for sensor 'B': '1.2.3'");
        }
        String badStamp = "timestamp,sensor,value\n01/03/2024 00:10,A,1\n2024-03-01T00:20,A,2\n";
        try (RowReader reader = open(badStamp, ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessageContaining("tidy.csv, line 2, column timestamp: not a timestamp");
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(2.0);
            assertThat(reader.lineNumber()).isEqualTo(3);
        }
        String shortLine = "timestamp,sensor,value,unit\n2024-03-01T00:10,A,1,m\n2024-03-01T00:20,A\n"
                + "2024-03-01T00:30,,5,m\n2024-03-01T00:40,A,4,m\n";
        try (RowReader reader = open(shortLine, ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessage("tidy.csv, line 3: expected at least 4 fields but found 2");
            assertThatThrownBy(reader::next).isInstanceOf(RowException.class)
                    .hasMessage("tidy.csv, line 4, column sensor: empty sensor name");
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(4.0);
            assertThat(reader.next()).isFalse();
        }
        String unclosedQuote = "timestamp,sensor,value\n2024-03-01T00:10,A,1\n2024-03-01T00:20,A,\"2\n";
        try (RowReader reader = open(unclosedQuote, ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(1.0);
            // the parser takes the quote to run to the end of the file: one more row, then the end
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(2.0);
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void headerProblemsUnitConflictsAndTooManySensorsAreRefused() {
        assertThatThrownBy(() -> open("time,sensor,value\n2024-03-01T00:10,A,1\n", ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("tidy.csv, line 1: the header line has no 'timestamp' column");
        assertThatThrownBy(() -> open("timestamp,sensor,value,unit\n2024-03-01T00:10,A,1,m/s\n2024-03-01T00:20,A,1,km/h\n",
                ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("line 3, column unit: sensor 'A' has unit 'km/h' here but 'm/s' earlier");
        assertThatThrownBy(() -> open("timestamp,sensor,value\n2024-03-01T00:10,,1\n", ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("tidy.csv, line 1: no data line of the tidy CSV has a sensor name and 3 fields");
        assertThatThrownBy(() -> open("timestamp,sensor,value\n", ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("no data lines");
        String many = "timestamp,sensor,value\n2024-03-01T00:10,A,1\n2024-03-01T00:10,B,1\n2024-03-01T00:10,C,1\n";
        assertThatThrownBy(() -> open(many, new ParseSettings(ZoneOffset.UTC, Map.of("max-sensors", "2"))))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("line 4").hasMessageContaining("more than 2");
    }

    private RowReader open(String text, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("tidy.csv", text.getBytes(StandardCharsets.UTF_8)), settings);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String[]> sampleLines() throws IOException {
        List<String> lines = Files.readAllLines(TIDY, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            out.add(line.split(",", -1));
        }
        return out;
    }

    @Test
    void theDefaultLoggerIsTheFileNameWithoutArchivePathAndDate() {
        assertThat(io.loggerflow.parsers.LoggerNames.fromFileName("tidy_site7_2024-03-01.csv")).isEqualTo("tidy_site7");
        assertThat(io.loggerflow.parsers.LoggerNames.fromFileName("mix.zip!/generic/MastB_10min_20240302.txt")).isEqualTo("MastB_10min");
        assertThat(io.loggerflow.parsers.LoggerNames.fromFileName("D150123 2024.03.01 00-00.csv")).isEqualTo("D150123");
        assertThat(io.loggerflow.parsers.LoggerNames.fromFileName("20240301.csv")).isEqualTo("20240301");
        assertThat(io.loggerflow.parsers.LoggerNames.fromFileName("mast.csv")).isEqualTo("mast");
    }
}
