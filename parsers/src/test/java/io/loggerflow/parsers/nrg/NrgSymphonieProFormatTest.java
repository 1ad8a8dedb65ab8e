package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.toa5.Toa5Format;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NrgSymphonieProFormatTest {
    private static final Path SAMPLE = SampleData.file("nrg/012345_2024-03-01_00.00_000123_meas.txt");
    private static final Path LOGR_SAMPLE = SampleData.file("nrg/20240301_0000_945800742_000318_statistical.dat");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final NrgSymphonieProFormat format = new NrgSymphonieProFormat();

    @Test
    void detectsItsFilesAndRefusesOthers() throws IOException {
        assertThat(format.detect(head(SAMPLE))).isTrue();
        assertThat(format.detect(head(LOGR_SAMPLE))).isFalse();
        try (var campbell = Files.list(SampleData.file("campbell"))) {
            for (Path file : campbell.toList()) {
                assertThat(format.detect(head(file))).as(file.toString()).isFalse();
            }
        }
        assertThat(format.detect("\uFEFFNRG Export Service\r\nExport version:\t3\r\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(format.detect("NRG Export Service \t\r\nx".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(format.detect("NRG Export Service v2\nx".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("NRG Export Service".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("Timestamp\tCh1_Anem_80.00m_N_Avg_m/s\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect(new byte[0])).isFalse();

        FormatRegistry registry = new FormatRegistry(List.of(new Toa5Format(), format, new NrgLogrFormat()));
        assertThat(registry.detect(InputSource.of(SAMPLE)).name()).isEqualTo("nrg-symphoniepro");
        assertThat(registry.detect(InputSource.of(LOGR_SAMPLE)).name()).isEqualTo("nrg-logr");
    }

    @Test
    void readsIdentityFromTheHeader() throws IOException {
        SampleText text = SampleText.of(SAMPLE);
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo(text.header("Export Parameters", "Site Number"))
                    .isEqualTo("012345");
            assertThat(reader.identity().table()).isEqualTo("meas");
            assertThat(reader.identity().model()).isEqualTo(text.header("Logger History", "Model"));
            assertThat(reader.identity().serial()).isEqualTo(text.header("Logger History", "Serial Number"));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
            assertThat(reader.interval()).isEmpty();
        }
    }

    @Test
    void channelsKeepRawNamesAndCarryColumnAndSensorHistoryMetadata() throws IOException {
        SampleText text = SampleText.of(SAMPLE);
        String[] columns = text.columns();
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            List<Channel> channels = reader.channels();
            assertThat(channels).extracting(Channel::name)
                    .containsExactlyElementsOf(Arrays.asList(columns).subList(1, columns.length));
            // column states 80 m, N; sensor history refines the bearing to 2.00 deg (rounds to N)
            assertThat(channels.get(0)).isEqualTo(
                    new Channel("Ch1_Anem_80.00m_N_Avg_m/s", "m/s", "Avg", 80.0, 2.0, "Anem"));
            assertThat(byName(channels, "Ch2_Anem_80.00m_S_SD_m/s"))
                    .isEqualTo(new Channel("Ch2_Anem_80.00m_S_SD_m/s", "m/s", "SD", 80.0, 178.0, "Anem"));
            // empty bearing in name and history: no orientation
            assertThat(byName(channels, "Ch3_Anem_60.00m__Max_m/s"))
                    .isEqualTo(new Channel("Ch3_Anem_60.00m__Max_m/s", "m/s", "Max", 60.0, null, "Anem"));
            // neither height nor bearing stated anywhere
            assertThat(byName(channels, "Ch4_Anem___Avg_m/s"))
                    .isEqualTo(new Channel("Ch4_Anem___Avg_m/s", "m/s", "Avg", null, null, "Anem"));
            assertThat(byName(channels, "Ch13_Vane_78.00m_E_GustDir_Deg"))
                    .isEqualTo(new Channel("Ch13_Vane_78.00m_E_GustDir_Deg", "Deg", "GustDir", 78.0, 91.0, "Vane"));
            assertThat(byName(channels, "Ch14_Vane_38.00m_W_Avg_Deg").orientationDeg()).isEqualTo(270.0);
            // channel 15 has two history blocks; the latest (3.00 m) is the one the name agrees with
            assertThat(byName(channels, "Ch15_Analog_3.00m_N_Avg_C"))
                    .isEqualTo(new Channel("Ch15_Analog_3.00m_N_Avg_C", "C", "Avg", 3.0, 0.0, "Analog"));
            assertThat(byName(channels, "Ch16_Analog_3.00m_N_Min_hPa").unit()).isEqualTo("hPa");
        }
    }

    @Test
    void everyValueMatchesTheFileTextAndTimestampsUseTheHeaderZone() throws IOException {
        SampleText text = SampleText.of(SAMPLE);
        List<String> rows = text.rows();
        assertThat(text.header("Site Properties", "Time Zone")).isEqualTo("UTC-5:00");
        ZoneOffset headerZone = ZoneOffset.ofHours(-5);
        int missing = 0;
        try (RowReader reader = open(SAMPLE, new ParseSettings(ZoneOffset.ofHours(3)))) { // header zone wins
            for (int r = 0; r < rows.size(); r++) {
                assertThat(reader.next()).isTrue();
                String[] cells = text.row(r);
                assertThat(reader.lineNumber()).isEqualTo(text.headerLine() + 1 + r);
                assertThat(reader.timestampMillis()).isEqualTo(
                        LocalDateTime.parse(cells[0], STAMP).toInstant(headerZone).toEpochMilli());
                for (int c = 0; c < reader.channels().size(); c++) {
                    double expected = SampleText.cell(cells[c + 1]);
                    if (Double.isNaN(expected)) {
                        missing++;
                        assertThat(reader.value(c)).isNaN();
                    } else {
                        assertThat(reader.value(c)).isEqualTo(expected);
                    }
                }
            }
            assertThat(reader.next()).isFalse();
        }
        assertThat(rows).hasSize(144);
        assertThat(missing).isEqualTo(13); // 3 rows x 4 iced 80 m S cells + 1 barometer average
    }

    @Test
    void chosenCellsHaveTheirExactValues() throws IOException {
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T05:00:00Z"));
            assertThat(reader.value(0)).isEqualTo(Double.parseDouble(SampleText.of(SAMPLE).row(0)[1]));
            for (int i = 1; i < 37; i++) {
                reader.next();
            }
            // 2024-03-01 06:00 local: the 80 m south anemometer wrote empty cells
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
            assertThat(reader.value(4)).isNaN();
            assertThat(reader.value(7)).isNaN();
            assertThat(reader.value(0)).isNotNaN();
        }
    }

    @Test
    void optionsChooseTheSettingsZoneAndTheStampPosition() throws IOException {
        Map<String, String> options = Map.of("time-zone-source", "settings", "stamp-position", "end");
        try (RowReader reader = open(SAMPLE, new ParseSettings(ZoneOffset.ofHours(1), options))) {
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
        }
        assertThatThrownBy(() -> open(SAMPLE, new ParseSettings(ZoneOffset.UTC, Map.of("stamp-position", "middle"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stamp-position");
    }

    @Test
    void withoutAHeaderZoneTheSettingsZoneIsUsed() throws IOException {
        String file = "NRG Export Service\nExport Parameters\nSite Number:\t000001\n\nData\n"
                + "Timestamp\tCh1_Anem_10.00m_N_Avg_m/s\n2024-03-01 00:00:00\t3.5\n";
        try (RowReader reader = open(file, new ParseSettings(ZoneOffset.ofHoursMinutes(5, 30)))) {
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T18:30:00Z"));
            assertThat(reader.identity().model()).isNull();
        }
    }

    @Test
    void configuredSentinelsAreMissing() throws IOException {
        String file = header("UTC+1:00") + "2024-03-01 00:00:00\t-1000.000000\t---\n";
        try (RowReader reader = open(file, new ParseSettings(ZoneOffset.UTC, Map.of("missing", "-1000, ---")))) {
            reader.next();
            assertThat(reader.value(0)).isNaN();
            assertThat(reader.value(1)).isNaN();
        }
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            reader.next();
            assertThat(reader.value(0)).isEqualTo(-1000.0);
            assertThatThrownBy(() -> reader.value(1)).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.txt, line 8, column Ch2_Analog_2.00m_S_Avg_W/m^2: not a number: '---'");
        }
    }

    @Test
    void aUtf8FileWithBomIsReadAsUtf8() throws IOException {
        String file = "\uFEFF" + header("UTC+1:00").replace("Site Number:\t7", "Site Number:\tSté-7")
                + "2024-03-01 00:00:00\t1.5\t2.5\n";
        try (RowReader reader = format.open(InputSource.of("bom.txt", file.getBytes(StandardCharsets.UTF_8)),
                ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("Sté-7");
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
        }
    }

    @Test
    void latin1BytesAreRefusedWhenUtf8IsConfigured() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        long latinLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("é")).findFirst().orElseThrow());
        assertThatThrownBy(() -> open(SAMPLE, new ParseSettings(ZoneOffset.UTC, Map.of("encoding", "UTF-8"))))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(SAMPLE.getFileName() + ", line " + latinLine + ": not valid text");
    }

    @Test
    void aMissingDataLineIsRefused() {
        String file = "NRG Export Service\nSite Properties\nTime Zone:\tUTC-5:00\n\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage("bad.txt, line 4: the file ends inside the header: no 'Data' line before the table");
    }

    @Test
    void aWrongFirstLineIsRefused() {
        assertThatThrownBy(() -> open("NRG Export\nData\nTimestamp\tA\n", ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("bad.txt, line 1: not an NRG file: line 1 must be 'NRG Export Service'");
    }

    @Test
    void aBadTimeZoneNamesItsLine() throws IOException {
        String file = header("Eastern") + "2024-03-01 00:00:00\t1\t2\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("bad.txt, line 3, column Time Zone: unrecognised time zone 'Eastern'");
        // ... unless the header zone is not used
        try (RowReader reader = open(file, new ParseSettings(ZoneOffset.UTC, Map.of("time-zone-source", "settings")))) {
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        }
    }

    @Test
    void aTableWithoutTimestampColumnIsRefused() {
        String file = "NRG Export Service\nExport Parameters\nSite Number:\t1\n\nData\nTime\tCh1_Anem_10.00m_N_Avg_m/s\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage("bad.txt, line 6: the column header after 'Data' has no Timestamp column");
    }

    @Test
    void aBadTimestampNamesLineAndColumn() throws IOException {
        String file = header("UTC") + "2024-03-01 00:00:00\t1\t2\n2024-02-30 00:10:00\t1\t2\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("bad.txt, line 9, column Timestamp: not a timestamp");
        }
    }

    @Test
    void shortAndLongRowsAreRefused() throws IOException {
        String file = header("UTC") + "2024-03-01 00:00:00\t1\n2024-03-01 00:10:00\t1\t2\t3\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.txt, line 8: expected 3 fields but found 2");
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.txt, line 9: expected 3 fields but found 4");
        }
    }

    /** Lines 1-6: magic, Site Properties, Time Zone, Export Parameters, Site Number, Data; 7 columns; rows from 8. */
    private static String header(String zone) {
        return "NRG Export Service\nSite Properties\nTime Zone:\t" + zone + "\nExport Parameters\nSite Number:\t7\n"
                + "Data\nTimestamp\tCh1_Anem_10.00m_N_Avg_m/s\tCh2_Analog_2.00m_S_Avg_W/m^2\n";
    }

    private RowReader open(Path file, ParseSettings settings) throws IOException {
        return format.open(InputSource.of(file), settings);
    }

    private RowReader open(String text, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("bad.txt", text.getBytes(StandardCharsets.ISO_8859_1)), settings);
    }

    private static Channel byName(List<Channel> channels, String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatRegistry.HEAD_BYTES);
        }
    }
}
