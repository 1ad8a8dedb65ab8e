package io.loggerflow.parsers.zx;

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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZxCsvFormatTest {
    private static final Path SAMPLE = SampleData.file("zx/Wind10_812@Y2024_M03_D01.ZPH.csv");
    /** Columns that are not measurements, per formats.md section 5: counters, timestamp, text flags, GPS text. */
    private static final Set<String> NOT_CHANNELS = Set.of("Reference", "Time and Date", "Timestamp (s)",
            "Info. Flags", "Status Flags", "GPS");

    private final ZxCsvFormat format = new ZxCsvFormat();

    @Test
    void detectsZxFilesAndNothingElse() throws IOException {
        assertThat(format.name()).isEqualTo("zx-csv");
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("\uFEFFCSV Converter: v1.1;Unit: 5\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        List<Path> others;
        try (Stream<Path> files = Files.walk(SAMPLE.getParent().getParent())) {
            others = files.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(SAMPLE.getParent())).toList();
        }
        assertThat(others).isNotEmpty();
        for (Path other : others) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        for (String text : List.of("", "CSV Converter", " CSV Converter:", "Reference;Time and Date\n", "csv converter: x")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.ISO_8859_1))).as(text).isFalse();
        }
    }

    @Test
    void headerGivesIdentityStampPositionAndChannelMetadata() throws IOException {
        Sample sample = Sample.of(SAMPLE);
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("812");
            assertThat(reader.identity().serial()).isEqualTo("812");
            assertThat(reader.identity().table()).isEqualTo("Wind10");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
            assertThat(reader.channels()).extracting(Channel::name).containsExactlyElementsOf(sample.channelNames());
            assertThat(reader.channels()).hasSize(13 + 6 * 8);
            assertThat(channel(reader, "Battery (V)")).isEqualTo(new Channel("Battery (V)", "V", null));
            assertThat(channel(reader, "Upper Temp. (C)")).isEqualTo(new Channel("Upper Temp. (C)", "C", null));
            assertThat(channel(reader, "Horizontal Wind Speed (m/s) at 120m"))
                    .isEqualTo(new Channel("Horizontal Wind Speed (m/s) at 120m", "m/s", null, 120.0, null, null));
            assertThat(channel(reader, "Horizontal Wind Speed Std. Dev. (m/s) at 100m"))
                    .isEqualTo(new Channel("Horizontal Wind Speed Std. Dev. (m/s) at 100m", "m/s", "Std. Dev.", 100.0, null, null));
            assertThat(channel(reader, "Horizontal Wind Speed Min (m/s) at 60m").statistic()).isEqualTo("Min");
            assertThat(channel(reader, "Horizontal Wind Speed Max (m/s) at 60m").statistic()).isEqualTo("Max");
            assertThat(channel(reader, "TI at 38m")).isEqualTo(new Channel("TI at 38m", null, "TI", 38.0, null, null));
            assertThat(channel(reader, "Packets in Average at 40m"))
                    .isEqualTo(new Channel("Packets in Average at 40m", null, null, 40.0, null, null));
        }
    }

    @Test
    void streamsEveryCellAsWrittenWithTheTimeSyncOffset() throws IOException {
        Sample sample = Sample.of(SAMPLE);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
        int missing = 0;
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            for (int r = 0; r < sample.rows().size(); r++) {
                String[] cells = sample.rows().get(r);
                assertThat(reader.next()).isTrue();
                assertThat(reader.lineNumber()).isEqualTo(3 + r);
                assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.parse(cells[1], stamp)
                        .toInstant(ZoneOffset.ofHours(1)).toEpochMilli());
                int[] columns = sample.channelColumns();
                for (int c = 0; c < columns.length; c++) {
                    String text = cells[columns[c]];
                    if (text.equals("9999") || text.equals("9998")) {
                        assertThat(reader.value(c)).as("row %d col %d", r, c).isNaN();
                        missing++;
                    } else {
                        assertThat(reader.value(c)).as("row %d col %d", r, c)
                                .isEqualTo(Double.parseDouble(text.replace(',', '.')));
                    }
                }
            }
            assertThat(reader.next()).isFalse();
        }
        assertThat(sample.rows()).hasSize(144);
        assertThat(missing).isGreaterThan(40);
        assertThat(sample.cell(62, "Wind Direction (deg) at 100m")).isEqualTo("9998");
        assertThat(sample.cell(100, "Air Temp. (C)")).isEqualTo("9999");
    }

    @Test
    void optionsChangeZoneSentinelsDecimalAndSkippedColumns() throws IOException {
        Sample sample = Sample.of(SAMPLE);
        ParseSettings settings = new ParseSettings(ZoneOffset.ofHours(-5), Map.of("time-zone-source", "settings",
                "missing", "9999", "skip-columns", "Tilt (deg)|Generator (V)"));
        try (RowReader reader = open(SAMPLE, settings)) {
            assertThat(reader.channels()).extracting(Channel::name).doesNotContain("Tilt (deg)", "Generator (V)").hasSize(59);
            reader.next();
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 3, 1, 5, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
            for (int row = 1; row <= 62; row++) {
                reader.next();
            }
            int direction = index(reader, "Wind Direction (deg) at 100m");
            assertThat(sample.cell(62, "Wind Direction (deg) at 100m")).isEqualTo("9998");
            assertThat(reader.value(direction)).isEqualTo(9998.0);
        }
        try (RowReader reader = open(SAMPLE, new ParseSettings(ZoneOffset.UTC, Map.of("decimal", ".")))) {
            reader.next();
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("Wind10_812@Y2024_M03_D01.ZPH.csv, line 3, column Battery (V): not a number");
        }
        String english = "CSV Converter: v1.1,Unit: 77,Time sync: UTC -5.5 hrs\n"
                + "Reference,Time and Date,Battery (V),TI at 80m,Checksum:ab\n"
                + "1,01/03/2024 00:10,12.5,0.125,x,y\n";
        try (RowReader reader = open("e.csv", english.getBytes(StandardCharsets.ISO_8859_1), ParseSettings.UTC)) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.UNKNOWN);
            assertThat(reader.identity().table()).isEmpty();
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 3, 1, 5, 40).toInstant(ZoneOffset.UTC).toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(12.5);
            assertThat(reader.value(1)).isEqualTo(0.125);
        }
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws IOException {
        try (RowReader reader = open("bad.csv", file("1;01.03.2024 00:00:00;12,6;1,2,3;ck\n"), ParseSettings.UTC)) {
            reader.next();
            assertThat(reader.value(0)).isEqualTo(12.6);
            assertThatThrownBy(() -> reader.value(1)).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.csv, line 3, column TI at 80m: not a number: '1,2,3'");
        }
        try (RowReader reader = open("bad.csv", file("1;01.03.2024 00:00:00;1.234,5;0,1;ck\n"), ParseSettings.UTC)) {
            reader.next();
            assertThatThrownBy(() -> reader.value(0)).hasMessage("bad.csv, line 3, column Battery (V): not a number: '1.234,5'");
        }
    }

    @Test
    void aBadTimestampNamesLineAndColumn() throws IOException {
        try (RowReader reader = open("bad.csv", file("1;01.03.2024 00:00:00;12,6;0,1;ck\n2;31.02.2024 00:10:00;1;1;ck\n"),
                ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("bad.csv, line 4, column Time and Date: not a timestamp");
        }
    }

    @Test
    void aRowWithoutItsChecksumIsRefusedAsTruncated() throws IOException {
        try (RowReader reader = open("bad.csv", file("1;01.03.2024 00:00:00;12,6;0,0\n"), ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.csv, line 3: expected 5 fields but found 4");
        }
    }

    @Test
    void malformedHeadersAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> open("a.csv", "CSV Converter: v1;Unit: 1\n".getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("a.csv, line 1: the file ends after line 1: no column header line");
        String noTime = "CSV Converter: v1;Unit: 1\nReference;Battery (V);Checksum:x\n";
        assertThatThrownBy(() -> open("b.csv", noTime.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessage("b.csv, line 2: no 'Time and Date' column in the column header line");
        String noUnit = "CSV Converter: v1;Time sync: UTC +0,0 hrs\nTime and Date;Battery (V)\n";
        assertThatThrownBy(() -> open("c.csv", noUnit.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessage("c.csv, line 1: line 1 has no 'Unit: <serial>' item naming the lidar");
        String badSync = "CSV Converter: v1;Unit: 1;Time sync: local\nTime and Date;Battery (V)\n";
        assertThatThrownBy(() -> open("d.csv", badSync.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessageStartingWith("d.csv, line 1: unrecognised time sync 'local'");
        byte[] latin1 = "CSV Converter: v1;Unit: 1\nTime and Date;Temp (\u00B0C)\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> open("e.csv", latin1, new ParseSettings(ZoneOffset.UTC, Map.of("encoding", "UTF-8"))))
                .hasMessage("e.csv, line 2: bytes that are not valid UTF-8 text (set option encoding)");
        assertThatThrownBy(() -> open("f.csv", "Reference;x\n".getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessageStartingWith("f.csv, line 1: not a ZX CSV file");
    }

    // ---- helpers ----

    private static byte[] file(String rows) {
        return ("CSV Converter: v1,0;Unit: 9;Time sync: UTC +0,0 hrs\n"
                + "Reference;Time and Date;Battery (V);TI at 80m;Checksum:\"q;z\n" + rows).getBytes(StandardCharsets.ISO_8859_1);
    }

    private RowReader open(Path path, ParseSettings settings) throws IOException {
        return format.open(InputSource.of(path), settings);
    }

    private RowReader open(String name, byte[] content, ParseSettings settings) throws IOException {
        return format.open(InputSource.of(name, content), settings);
    }

    private static Channel channel(RowReader reader, String name) {
        return reader.channels().get(index(reader, name));
    }

    private static int index(RowReader reader, String name) {
        for (int i = 0; i < reader.channels().size(); i++) {
            if (reader.channels().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no channel " + name + " in " + reader.channels());
    }

    /** The sample split by hand: ';' fields, columns up to the checksum field. */
    private record Sample(String[] columns, List<String[]> rows) {
        static Sample of(Path path) throws IOException {
            List<String> lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
            String[] header = lines.get(1).split(";", -1);
            int checksum = Arrays.asList(header).indexOf(Arrays.stream(header).filter(h -> h.startsWith("Checksum:"))
                    .findFirst().orElseThrow());
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                rows.add(line.split(";", -1));
            }
            return new Sample(Arrays.copyOf(header, checksum), rows);
        }

        int[] channelColumns() {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < columns.length; i++) {
                if (!NOT_CHANNELS.contains(columns[i])) {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }

        List<String> channelNames() {
            return Arrays.stream(channelColumns()).mapToObj(i -> columns[i]).toList();
        }

        String cell(int row, String column) {
            return rows.get(row)[Arrays.asList(columns).indexOf(column)];
        }
    }
}
