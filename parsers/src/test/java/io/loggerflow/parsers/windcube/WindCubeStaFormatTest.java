package io.loggerflow.parsers.windcube;

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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindCubeStaFormatTest {
    /** HeaderSize generation: heights in the column names, "Timestamp (end of interval)", timezone=UTC+1. */
    private static final Path SIZE = SampleData.file("windcube/WLS7-812_2024_03_01__00_00_00.sta");
    /** HeaderLength generation: gate-numbered names, "Date" column, no timezone key. */
    private static final Path LENGTH = SampleData.file("windcube/WLS7-417_2024_03_01__00_00_00.sta");
    private static final String DEG = "\u00B0";

    private final WindCubeStaFormat format = new WindCubeStaFormat();

    @Test
    void detectsBothHeaderGenerationsAndNothingElse() throws IOException {
        assertThat(format.name()).isEqualTo("windcube-sta");
        assertThat(format.detect(Files.readAllBytes(SIZE))).isTrue();
        assertThat(format.detect(Files.readAllBytes(LENGTH))).isTrue();
        assertThat(format.detect("\uFEFFHeaderSize=3\r\nID System=X\r\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        List<Path> others;
        try (Stream<Path> files = Files.walk(SIZE.getParent().getParent())) {
            others = files.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(SIZE.getParent())).toList();
        }
        assertThat(others).isNotEmpty();
        for (Path other : others) {
            assertThat(format.detect(Files.readAllBytes(other))).as(other.toString()).isFalse();
        }
        for (String text : List.of("", "HeaderSize=", "HeaderSize=abc\n", "HeaderSizes=4\n", "Header=4\n",
                "time;ws\n1;2\n", " HeaderSize=4\n", "HeaderLength=4 extra\n")) {
            assertThat(format.detect(text.getBytes(StandardCharsets.ISO_8859_1))).as(text).isFalse();
        }
    }

    @Test
    void headerSizeFileIdentityAndChannelsFollowTheColumnHeader() throws IOException {
        Sample sample = Sample.of(SIZE);
        try (RowReader reader = open(SIZE, ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("WLS7-812");
            assertThat(reader.identity().serial()).isEqualTo("WLS7-812");
            assertThat(reader.identity().table()).isEqualTo("sta");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.channels()).extracting(Channel::name).containsExactlyElementsOf(sample.namedColumns());
            assertThat(reader.channels()).hasSize(6 + 5 * 11);
            assertThat(channel(reader, "Int Temp (" + DEG + "C)"))
                    .isEqualTo(new Channel("Int Temp (" + DEG + "C)", DEG + "C", null, null, null, null));
            assertThat(channel(reader, "Wiper count")).isEqualTo(new Channel("Wiper count", null, null));
            assertThat(channel(reader, "40m Wind Speed (m/s)"))
                    .isEqualTo(new Channel("40m Wind Speed (m/s)", "m/s", null, 40.0, null, null));
            assertThat(channel(reader, "60m Wind Speed Dispersion (m/s)"))
                    .isEqualTo(new Channel("60m Wind Speed Dispersion (m/s)", "m/s", "Dispersion", 60.0, null, null));
            assertThat(channel(reader, "80m Wind Speed min (m/s)").statistic()).isEqualTo("min");
            assertThat(channel(reader, "100m CNR min (dB)")).isEqualTo(new Channel("100m CNR min (dB)", "dB", "min", 100.0, null, null));
            assertThat(channel(reader, "120m Wind Direction (" + DEG + ")"))
                    .isEqualTo(new Channel("120m Wind Direction (" + DEG + ")", DEG, null, 120.0, null, null));
            assertThat(channel(reader, "120m Data Availability (%)").statistic()).isEqualTo("Data Availability");
        }
    }

    @Test
    void headerSizeFileStreamsEveryCellAsWrittenWithTheHeaderTimeZone() throws IOException {
        Sample sample = Sample.of(SIZE);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
        int missing = readAllAndCompare(SIZE, sample, ParseSettings.UTC, text ->
                LocalDateTime.parse(text, stamp).toInstant(ZoneOffset.ofHours(1)).toEpochMilli());
        assertThat(sample.rows()).hasSize(144);
        assertThat(missing).isGreaterThan(20);
        try (RowReader reader = open(SIZE, ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.lineNumber()).isEqualTo(sample.firstDataLine());
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 10)
                    .toInstant(ZoneOffset.UTC).toEpochMilli());
            int extTemp = index(reader, "Ext Temp (" + DEG + "C)");
            for (int row = 2; row <= 41; row++) {
                reader.next();
            }
            assertThat(sample.cell(40, "Ext Temp (" + DEG + "C)")).isEqualTo("NaN"); // the met sensor gap
            assertThat(reader.value(extTemp)).isNaN();
        }
    }

    @Test
    void headerTimeZoneCanBeIgnoredInFavourOfTheConfiguredZone() throws IOException {
        ParseSettings settings = new ParseSettings(ZoneOffset.ofHours(-5), Map.of("time-zone-source", "settings"));
        try (RowReader reader = open(SIZE, settings)) {
            reader.next();
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 3, 1, 5, 10)
                    .toInstant(ZoneOffset.UTC).toEpochMilli());
        }
    }

    @Test
    void headerLengthFileAssignsGateHeightsAndMakesRepeatedNamesUnique() throws IOException {
        try (RowReader reader = open(LENGTH, ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("WLS7-417");
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END); // the maker's convention, column "Date"
            assertThat(reader.channels()).hasSize(2 + 5 * 18);
            assertThat(channel(reader, "WiperCount")).isEqualTo(new Channel("WiperCount", null, null));
            assertThat(channel(reader, "Tm").heightM()).isNull();
            assertThat(channel(reader, "Vhm1")).isEqualTo(new Channel("Vhm1", null, null, 40.0, null, null));
            assertThat(channel(reader, "VhMax3")).isEqualTo(new Channel("VhMax3", null, "Max", 80.0, null, null));
            assertThat(channel(reader, "Avail.5").heightM()).isEqualTo(120.0);
            assertThat(channel(reader, "CNRm@40m")).isEqualTo(new Channel("CNRm@40m", null, null, 40.0, null, null));
            assertThat(channel(reader, "CNRmin@100m")).isEqualTo(new Channel("CNRmin@100m", null, "min", 100.0, null, null));
            assertThat(reader.channels()).extracting(Channel::name).doesNotContain("CNRm").doesNotHaveDuplicates();
        }
    }

    @Test
    void headerLengthFileStreamsEveryCellInTheConfiguredZone() throws IOException {
        Sample sample = Sample.of(LENGTH);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        int missing = readAllAndCompare(LENGTH, sample, new ParseSettings(berlin), text ->
                LocalDateTime.parse(text, stamp).atZone(berlin).toInstant().toEpochMilli());
        assertThat(sample.rows()).hasSize(72);
        assertThat(missing).isGreaterThan(17);
        try (RowReader reader = open(LENGTH, new ParseSettings(berlin, Map.of("stamp-position", "end")))) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            reader.next();
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 2, 29, 23, 10)
                    .toInstant(ZoneOffset.UTC).toEpochMilli());
        }
    }

    /** HeaderLength generation: stamps END as the maker documents, unless the column or the option says otherwise. */
    @Test
    void headerLengthStampsAreTheEndOfTheIntervalUnlessTheHeaderOrTheOptionSaysOtherwise() throws IOException {
        String header = "HeaderLength=2\nVersion=3.2.4\nID System=WLS7-999\n";
        String rows = "\t40m Wind Speed (m/s)\t\n01/03/2024 00:10:00\t5.5\t\n01/03/2024 00:20:00\t6.5\t\n";
        try (RowReader reader = open("a.sta", (header + "Date" + rows).getBytes(StandardCharsets.ISO_8859_1),
                ParseSettings.UTC)) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 10)
                    .toInstant(ZoneOffset.UTC).toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(5.5);
        }
        try (RowReader reader = open("b.sta", (header + "Timestamp (start of interval)" + rows)
                .getBytes(StandardCharsets.ISO_8859_1), ParseSettings.UTC)) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
        }
        try (RowReader reader = open("c.sta", (header + "Date" + rows).getBytes(StandardCharsets.ISO_8859_1),
                new ParseSettings(ZoneOffset.UTC, Map.of("stamp-position", "start")))) {
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
        }
    }

    @Test
    void optionsForPatternSentinelsAndEncoding() throws IOException {
        String file = "HeaderSize=3\nID System=WLS7-1\nAltitudes (m)=\t40\n********************\n"
                + "Timestamp (end of interval)\tInt Temp (" + DEG + "C)\t40m Wind Speed (m/s)\t\n"
                + "01.03.2024 00:10\t-999\t5.5\t\n";
        Map<String, String> options = Map.of("timestamp-pattern", "dd.MM.yyyy HH:mm", "missing", "-999|9999");
        try (RowReader reader = open("o.sta", file.getBytes(StandardCharsets.UTF_8), new ParseSettings(ZoneOffset.UTC, options))) {
            assertThat(reader.channels().get(0).unit()).isEqualTo(DEG + "C"); // UTF-8 '°' recognised without the option
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(LocalDateTime.of(2024, 3, 1, 0, 10).toInstant(ZoneOffset.UTC).toEpochMilli());
            assertThat(reader.value(0)).isNaN();
            assertThat(reader.value(1)).isEqualTo(5.5);
            assertThat(reader.next()).isFalse();
        }
        byte[] latin1 = file.getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> open("l.sta", latin1, new ParseSettings(ZoneOffset.UTC, Map.of("encoding", "UTF-8"))))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("l.sta, line 5: bytes that are not valid UTF-8 text (set option encoding)");
        byte[] badCell = (file.replace(DEG, "") + "01.03.2024 00:20\t1.0\t5.\u00FF\t\n").getBytes(StandardCharsets.ISO_8859_1);
        try (RowReader reader = open("m.sta", badCell, new ParseSettings(ZoneOffset.UTC, Map.of("encoding", "UTF-8",
                "timestamp-pattern", "dd.MM.yyyy HH:mm")))) {
            reader.next();
            reader.next();
            assertThatThrownBy(() -> reader.value(1)).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("m.sta, line 7, column 40m Wind Speed (m/s): not a number");
        }
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws IOException {
        try (RowReader reader = open("bad.sta", bytes(row("2024/03/01 00:10", "4.1", "abc")), ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(4.1);
            assertThatThrownBy(() -> reader.value(1)).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.sta, line 7, column 40m Wind Speed (m/s): not a number: 'abc'");
        }
        try (RowReader reader = open("hex.sta", bytes(row("2024/03/01 00:10", "0x1p3", "1.5")), ParseSettings.UTC)) {
            reader.next();
            assertThatThrownBy(() -> reader.value(0)).hasMessageContaining("line 7, column Int Temp");
        }
    }

    @Test
    void aBadTimestampNamesLineAndColumn() throws IOException {
        try (RowReader reader = open("bad.sta", bytes(row("2024/13/01 00:10", "4.1", "5.0")), ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("bad.sta, line 7, column Timestamp (end of interval): not a timestamp");
        }
    }

    @Test
    void shortAndLongRowsAreRefused() throws IOException {
        try (RowReader reader = open("bad.sta", bytes(row("2024/03/01 00:10", "4.1")), ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.sta, line 7: expected 4 fields but found 2");
        }
        try (RowReader reader = open("bad.sta", bytes(row("2024/03/01 00:10", "4.1", "5", "", "7")), ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).hasMessage("bad.sta, line 7: more fields than the 4 of the column header");
        }
    }

    @Test
    void malformedHeadersAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> open("a.sta", "HeaderSize=x\n".getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("a.sta, line 1: not a WindCube .sta file: line 1 must be HeaderSize=<n> or HeaderLength=<n>");
        assertThatThrownBy(() -> open("b.sta", "HeaderSize=2\nID System=W\n".getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessageStartingWith("b.sta, line 2: the file ends before the column header line");
        String noColumns = "HeaderSize=2\nID System=W\nA=1\nB=2\nC=3\nD=4\nE=5\nTimestamp\tx\n";
        assertThatThrownBy(() -> open("c.sta", noColumns.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessageStartingWith("c.sta, line 6: no column header line");
        String badZone = header().replace("timezone=UTC+1", "timezone=Mars Standard Time");
        assertThatThrownBy(() -> open("d.sta", badZone.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessageStartingWith("d.sta, line 3: unrecognised timezone 'Mars Standard Time'");
        String noId = header().replace("ID System=WLS7-9", "Location=X");
        assertThatThrownBy(() -> open("e.sta", noId.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessage("e.sta: the header has no 'ID System=' line naming the lidar");
        String badAltitude = header().replace("\t40\n", "\tforty\n");
        assertThatThrownBy(() -> open("f.sta", badAltitude.getBytes(StandardCharsets.UTF_8), ParseSettings.UTC))
                .hasMessage("f.sta, line 4: not a height in the altitudes list: 'forty'");
    }

    // ---- helpers ----

    private static String header() {
        return "HeaderSize=4\nID System=WLS7-9\ntimezone=UTC+1\nAltitudes (m)=\t40\n********************\n"
                + "Timestamp (end of interval)\tInt Temp (C)\t40m Wind Speed (m/s)\t\n";
    }

    private static String row(String... cells) {
        return String.join("\t", cells) + "\n";
    }

    private static byte[] bytes(String row) {
        return (header() + row).getBytes(StandardCharsets.ISO_8859_1);
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

    /** Reads the whole file and checks each timestamp and value against the sample's own text; returns the NaN count. */
    private int readAllAndCompare(Path path, Sample sample, ParseSettings settings,
                                  java.util.function.ToLongFunction<String> expectedStamp) throws IOException {
        int missing = 0;
        try (RowReader reader = open(path, settings)) {
            int[] columns = sample.namedColumnIndexes();
            for (int r = 0; r < sample.rows().size(); r++) {
                String[] cells = sample.rows().get(r);
                assertThat(reader.next()).isTrue();
                assertThat(reader.lineNumber()).isEqualTo(sample.firstDataLine() + r);
                assertThat(reader.timestampMillis()).isEqualTo(expectedStamp.applyAsLong(cells[0]));
                for (int c = 0; c < columns.length; c++) {
                    String text = cells[columns[c]];
                    if (text.equals("NaN")) {
                        assertThat(reader.value(c)).as("row %d col %d", r, c).isNaN();
                        missing++;
                    } else {
                        assertThat(reader.value(c)).as("row %d col %d", r, c).isEqualTo(Double.parseDouble(text));
                    }
                }
            }
            assertThat(reader.next()).isFalse();
        }
        return missing;
    }

    /** The sample file split by hand: column header fields and data rows (Latin-1, tab separated). */
    private record Sample(String[] columns, List<String[]> rows, int firstDataLine) {
        static Sample of(Path path) throws IOException {
            List<String> lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
            int header = 0;
            while (!lines.get(header).startsWith("Timestamp") && !lines.get(header).startsWith("Date\t")) {
                header++;
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(header + 1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return new Sample(lines.get(header).split("\t", -1), rows, header + 2);
        }

        List<String> namedColumns() {
            return Arrays.stream(namedColumnIndexes()).mapToObj(i -> columns[i]).toList();
        }

        int[] namedColumnIndexes() {
            List<Integer> named = new ArrayList<>();
            for (int i = 1; i < columns.length; i++) {
                if (!columns[i].isEmpty()) {
                    named.add(i);
                }
            }
            return named.stream().mapToInt(Integer::intValue).toArray();
        }

        String cell(int row, String column) {
            return rows.get(row)[Arrays.asList(columns).indexOf(column)];
        }
    }
}
