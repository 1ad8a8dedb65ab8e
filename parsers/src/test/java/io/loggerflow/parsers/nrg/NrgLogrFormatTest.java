package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.StampPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NrgLogrFormatTest {
    private static final Path SAMPLE = SampleData.file("nrg/20240301_0000_945800742_000318_statistical.dat");
    private static final Path SPRO_SAMPLE = SampleData.file("nrg/012345_2024-03-01_00.00_000123_meas.txt");
    private final NrgLogrFormat format = new NrgLogrFormat();

    @Test
    void detectsItsFilesAndRefusesOthers() throws IOException {
        assertThat(format.detect(head(SAMPLE))).isTrue();
        assertThat(format.detect(head(SPRO_SAMPLE))).isFalse();
        try (var campbell = Files.list(SampleData.file("campbell"))) {
            for (Path file : campbell.toList()) {
                assertThat(format.detect(head(file))).as(file.toString()).isFalse();
            }
        }
        assertThat(format.detect("NRG Systems Data Logger\r\nModel Number:\t9458\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(format.detect("NRG Systems Data Logger Pro\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("lorem ipsum dolor sit amet\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect(new byte[0])).isFalse();
    }

    @Test
    void readsIdentityIntervalAndStampPosition() throws IOException {
        SampleText text = SampleText.of(SAMPLE);
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo(text.header("", "Serial Number")).isEqualTo("945800742");
            assertThat(reader.identity().serial()).isEqualTo(reader.identity().logger());
            assertThat(reader.identity().model()).isEqualTo(text.header("", "Model Number"));
            assertThat(reader.identity().table()).isEqualTo("statistical");
            assertThat(reader.interval()).contains(
                    Duration.ofMinutes(Long.parseLong(text.header("File Properties", "Statistical Interval (min)"))));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.START);
        }
    }

    @Test
    void channelsSkipNotUsedPlaceholdersAndCarrySensorHistory() throws IOException {
        String[] columns = SampleText.of(SAMPLE).columns();
        List<String> measured = Arrays.stream(columns).skip(1).filter(c -> !c.endsWith("_NotUsed")).toList();
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            List<Channel> channels = reader.channels();
            assertThat(channels).extracting(Channel::name).containsExactlyElementsOf(measured);
            assertThat(channels.get(0)).isEqualTo(new Channel("Ch1_Avg_deg", "deg", "Avg", 57.0, 45.0, "wind_direction"));
            assertThat(byName(channels, "Ch1_Gust_Dir_deg").statistic()).isEqualTo("Gust_Dir");
            assertThat(byName(channels, "Ch1_Gust_Dir_deg").unit()).isEqualTo("deg");
            assertThat(byName(channels, "Ch5_SD_deg_C"))
                    .isEqualTo(new Channel("Ch5_SD_deg_C", "deg_C", "SD", 3.0, 0.0, "air_temperature"));
            assertThat(byName(channels, "Ch401_Gust_m/s"))
                    .isEqualTo(new Channel("Ch401_Gust_m/s", "m/s", "Gust", 59.2, 315.0, "wind_speed"));
            assertThat(byName(channels, "Ch406_Total_mm").statistic()).isEqualTo("Total");
            assertThat(byName(channels, "Ch7_Avg_%").unit()).isEqualTo("%");
        }
    }

    @Test
    void everyValueMatchesTheFileTextAndUtcStampsIgnoreTheSettingsZone() throws IOException {
        SampleText text = SampleText.of(SAMPLE);
        List<String> names = Arrays.asList(text.columns());
        List<String> rows = text.rows();
        int missing = 0;
        try (RowReader reader = open(SAMPLE, new ParseSettings(ZoneOffset.ofHours(-5)))) {
            for (int r = 0; r < rows.size(); r++) {
                assertThat(reader.next()).isTrue();
                String[] cells = text.row(r);
                assertThat(reader.lineNumber()).isEqualTo(text.headerLine() + 1 + r);
                assertThat(reader.timestampMillis()).isEqualTo(Instant.parse(cells[0]).toEpochMilli());
                for (int c = 0; c < reader.channels().size(); c++) {
                    double expected = SampleText.cell(cells[names.indexOf(reader.channels().get(c).name())]);
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
        assertThat(missing).isEqualTo(7); // two "nan" SDs + five empty cells of one 40 m anemometer record
    }

    @Test
    void chosenCellsHaveTheirExactValues() throws IOException {
        try (RowReader reader = open(SAMPLE, ParseSettings.UTC)) {
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
            assertThat(reader.value(0)).isEqualTo(Double.parseDouble(SampleText.of(SAMPLE).row(0)[1]));
            for (int i = 1; i <= 90; i++) {
                reader.next();
            }
            // 2024-03-01 15:00 UTC: the 40 m anemometer (channels 402) record is empty
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T15:00:00Z"));
            int ch402 = indexOf(reader.channels(), "Ch402_Avg_m/s");
            for (int c = ch402; c < ch402 + 5; c++) {
                assertThat(reader.value(c)).isNaN();
            }
            assertThat(reader.value(indexOf(reader.channels(), "Ch401_Avg_m/s"))).isNotNaN();
        }
    }

    @Test
    void diagnosticsVariantWithStatsTimestampAndPlainColumnNames() throws IOException {
        String file = "NRG Systems Data Logger\nFile Created On (UTC):\t2024-01-11T13:00:01Z\nModel Number:\t9432\n"
                + "Serial Number:\t304\n\nFile Properties\nFile Content:\tDiagnostics\nFile Version: 2\n\nData\n"
                + "Stats_Timestamp\tVIN_RP_V_Avg\t12_4V_mA_SD\n2024-01-11T13:00:00Z\t16.2101\t20.8082\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThat(reader.identity().table()).isEqualTo("diagnostics");
            assertThat(reader.interval()).isEmpty();
            assertThat(reader.channels()).containsExactly(new Channel("VIN_RP_V_Avg", null, null),
                    new Channel("12_4V_mA_SD", null, null));
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-01-11T13:00:00Z"));
            assertThat(reader.value(1)).isEqualTo(20.8082);
        }
    }

    @Test
    void channelKeyWithoutColonAndStampsWithoutOffset() throws IOException {
        String file = "NRG Systems Data Logger\nSerial Number:\t511\nSensor History\nChannel\t301\n"
                + "Description:\tPrecipitation Hourly Sum\nUnits:\tmm\n\nData\nTimestamp\tCh301_Avg_\tCh301_NotUsed\n"
                + "2022-04-18T07:01:00\t0.5\t0.0\n2022-04-18T07:02:00+01:00\t0.25\t0.0\n";
        try (RowReader reader = open(file, new ParseSettings(ZoneOffset.ofHours(-5)))) {
            assertThat(reader.channels()).containsExactly(new Channel("Ch301_Avg_", "mm", "Avg"));
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2022-04-18T12:01:00Z"));
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2022-04-18T06:02:00Z"));
        }
    }

    @Test
    void aBadIntervalNamesItsLine() {
        String file = "NRG Systems Data Logger\nSerial Number:\t1\n\nFile Properties\nStatistical Interval (min):\tten\n"
                + "Data\nTimestamp\tCh1_Avg_m/s\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage("bad.dat, line 5, column Statistical Interval (min): not a number of minutes: 'ten'");
    }

    @Test
    void aMissingSerialIsRefused() {
        String file = "NRG Systems Data Logger\nModel Number:\t9458\nData\nTimestamp\tCh1_Avg_m/s\n";
        assertThatThrownBy(() -> open(file, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("bad.dat, line 3: the header states no logger Serial Number");
    }

    @Test
    void malformedRowsNameFileLineAndColumn() throws IOException {
        String file = "NRG Systems Data Logger\nSerial Number:\t1\nData\nTimestamp\tCh1_Avg_m/s\tCh1_SD_m/s\n"
                + "2024-03-01T00:00:00Z\t1.5\t0.2\n"
                + "2024-03-01T00:10:00Z\t1,5\t0.2\n"
                + "01.03.2024 00:20\t1.5\t0.2\n"
                + "2024-03-01T00:30:00Z\t1.5\n";
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.next()).isTrue();
            assertThatThrownBy(() -> reader.value(0)).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.dat, line 6, column Ch1_Avg_m/s: not a number: '1,5'");
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessageStartingWith("bad.dat, line 7, column Timestamp: not a timestamp");
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.dat, line 8: expected 3 fields but found 2");
        }
    }

    @Test
    void aHeaderWithoutTableIsRefused() {
        List<String> cases = new ArrayList<>(List.of(
                "NRG Systems Data Logger\nSerial Number:\t1\nData\n",
                "NRG Systems Data Logger\nSerial Number:\t1\nData\nTimestamp\tCh1_NotUsed\n"));
        assertThatThrownBy(() -> open(cases.get(0), ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage("bad.dat, line 4: no column header after the 'Data' line");
        assertThatThrownBy(() -> open(cases.get(1), ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage("bad.dat, line 4: the column header names no measurement columns");
    }

    private RowReader open(Path file, ParseSettings settings) throws IOException {
        return format.open(InputSource.of(file), settings);
    }

    private RowReader open(String text, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("bad.dat", text.getBytes(StandardCharsets.ISO_8859_1)), settings);
    }

    private static Channel byName(List<Channel> channels, String name) {
        return channels.get(indexOf(channels, name));
    }

    private static int indexOf(List<Channel> channels, String name) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no channel " + name);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(FormatRegistry.HEAD_BYTES);
        }
    }
}
