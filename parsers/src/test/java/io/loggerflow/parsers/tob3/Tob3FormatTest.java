package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleData;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.metadata.MetadataRules;
import io.loggerflow.parsers.tob1.Tob1SampleWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import static io.loggerflow.parsers.tob3.Tob3SampleWriter.STAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Tob3FormatTest {
    private static final Path SAMPLE = SampleData.file(Tob3SampleWriter.SAMPLE);
    private final Tob3Format format = new Tob3Format();

    @Test
    void theCommittedSampleIsExactlyTheGeneratorsOutput() throws IOException {
        assertThat(Files.readAllBytes(SAMPLE)).isEqualTo(Tob3SampleWriter.sample());
        assertThat(Files.size(SAMPLE)).isEqualTo(512 + 31L * Tob3SampleWriter.FRAME_SIZE);
    }

    @Test
    void detectsTob3ByItsFirstFieldOnly() throws IOException {
        assertThat(format.detect(Files.readAllBytes(SAMPLE))).isTrue();
        assertThat(format.detect("\uFEFF\"TOB3\",\"X\"".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(format.detect("\"TOB1\",\"X\"".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(format.detect("\"TOA5\",\"TOB3\"".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(format.detect("TOB3,X".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(format.detect(new byte[0])).isFalse();
        assertThat(FormatRegistry.standard().detect(InputSource.of(SAMPLE)).name()).isEqualTo("tob3");
        Path tob1 = SampleData.file("campbell-tob1/MAST01_Ten_Min_2024_03_01.dat");
        assertThat(format.detect(Files.readAllBytes(tob1))).isFalse();
    }

    @Test
    void readsHeaderIdentityChannelsAndSkippedText() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("MAST02");
            assertThat(reader.identity().table()).isEqualTo("Fast");
            assertThat(reader.identity().model()).isEqualTo("CR6");
            assertThat(reader.identity().serial()).isEqualTo("7311");
            assertThat(reader.channels()).containsExactly(
                    new Channel("Ux", "m/s", "Smp"), new Channel("Uy", "m/s", "Smp"), new Channel("Uz", "m/s", "Smp"),
                    new Channel("Ts", "degC", "Smp"), new Channel("diag_sonic", null, "Smp"),
                    new Channel("CO2", "mg/m^3", "Smp"), new Channel("SonicOK", null, "Smp"));
            assertThat(reader.skippedColumns()).containsExactly(new SkippedColumn("Status", SkipReasons.TEXT));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.interval()).contains(Duration.ofMillis(100));
        }
    }

    @Test
    void decodesEveryRecordInOrderWithSubSecondStampsAcrossTheLapse() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            int row = 0;
            while (reader.next()) {
                assertThat(reader.lineNumber()).isEqualTo(Tob3SampleWriter.recordNumber(row));
                assertThat(Instant.ofEpochMilli(reader.timestampMillis()))
                        .as("row %d", row).isEqualTo(Tob3SampleWriter.stamp(row).toInstant(ZoneOffset.UTC));
                assertDecimal(reader.value(0), Tob3SampleWriter.uxCenti(row), 2, row);
                assertDecimal(reader.value(1), Tob3SampleWriter.uyMilli(row), 3, row);
                assertDecimal(reader.value(2), Tob3SampleWriter.uzMilli(row), 3, row);
                assertDecimal(reader.value(3), Tob3SampleWriter.tsCenti(row), 2, row);
                assertThat(reader.value(4)).isEqualTo(Tob3SampleWriter.diag(row));
                assertThat(reader.value(5)).isEqualTo(Tob3SampleWriter.co2(row));
                assertThat(reader.value(6)).isEqualTo(Tob3SampleWriter.sonicOk(row));
                row++;
            }
            assertThat(row).isEqualTo(Tob3SampleWriter.RECORDS);
        }
    }

    @Test
    void chosenStampsAndCellsOfTheSample() throws IOException {
        ReadOut out = read(Files.readAllBytes(SAMPLE), ParseSettings.UTC);
        assertThat(out.errors()).isEmpty();
        assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-01T12:00:00.100Z"));
        assertThat(out.stamps().get(1)).isEqualTo(Instant.parse("2024-03-01T12:00:00.200Z"));
        // the lapse: minor frame 1 of frame 15 ends at 12:00:28.700, minor frame 2 starts half a second late
        assertThat(out.stamps().get(286)).isEqualTo(Instant.parse("2024-03-01T12:00:28.700Z"));
        assertThat(out.stamps().get(287)).isEqualTo(Instant.parse("2024-03-01T12:00:29.300Z"));
        assertThat(out.stamps().get(599)).isEqualTo(Instant.parse("2024-03-01T12:01:00.500Z"));
        assertThat(out.values().get(0)).containsExactly(-2.0, 0.0, -0.05, 15.2, 64.0, 650.0, 0.0);
        assertThat(out.values().get(100)[3]).isNaN();
        assertThat(out.values().get(101)).containsExactly(1.07, -1.329, -0.05, 15.47, 0.0, 650.25, -1.0);
    }

    @Test
    void perSensorCountAndSumMatchTheGeneratorsCells() throws IOException {
        ReadOut out = read(Files.readAllBytes(SAMPLE), ParseSettings.UTC);
        BigDecimal ux = BigDecimal.ZERO;
        BigDecimal ts = BigDecimal.ZERO;
        int tsCount = 0;
        double co2 = 0;
        for (int row = 0; row < Tob3SampleWriter.RECORDS; row++) {
            ux = ux.add(BigDecimal.valueOf(Tob3SampleWriter.uxCenti(row), 2));
            Integer t = Tob3SampleWriter.tsCenti(row);
            if (t != null) {
                ts = ts.add(BigDecimal.valueOf(t, 2));
                tsCount++;
            }
            co2 += Tob3SampleWriter.co2(row);
        }
        assertThat(out.count(0)).isEqualTo(600);
        assertThat(out.sum(0)).isCloseTo(ux.doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(out.count(3)).isEqualTo(tsCount).isEqualTo(599);
        assertThat(out.sum(3)).isCloseTo(ts.doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(out.sum(5)).isEqualTo(co2);
        assertThat(out.count(4)).isEqualTo(600);
        assertThat(out.sum(4)).isEqualTo(12 * 64.0);
    }

    @Test
    void theLoggerClockZoneApplies() throws IOException {
        ReadOut out = read(Files.readAllBytes(SAMPLE), new ParseSettings(ZoneId.of("Europe/Berlin")));
        assertThat(out.stamps().get(0)).isEqualTo(Instant.parse("2024-03-01T11:00:00.100Z"));
    }

    @Test
    void tenMinuteTableStatesItsIntervalAndStatisticsAndSkipsTimesOfMaxima() throws IOException {
        String[] names = {"WS_80m_Avg", "WS_80m_Std", "WS_80m_Max", "WS_80m_TMx", "BattV_Min"};
        String[] units = {"m/s", "m/s", "m/s", "", "Volts"};
        String[] processing = {"Avg", "Std", "Max", "TMx", "Min"};
        String[] types = {"IEEE4", "IEEE4", "FP2", "NSEC", "FP2"};
        String[] table = {"Ten_Min", "10 MIN", "1024", "1008", "17", "SecMsec", "0", "0"};
        byte[] header = Tob3SampleWriter.header(512, Tob3SampleWriter.ENVIRONMENT, table, names, units, processing,
                types);
        ByteBuffer frame = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        LocalDateTime first = LocalDateTime.of(2024, 3, 1, 0, 10);
        frame.putInt((int) Tob1SampleWriter.seconds(first)).putInt(0).putInt(1);
        for (int i = 0; i < 2; i++) {
            frame.putFloat(7.5f + i).putFloat(0.5f);
            Tob1SampleWriter.putFp2(frame, 1120 + i, 2);
            frame.putLong(0);
            Tob1SampleWriter.putFp2(frame, 1263, 2);
        }
        // a frame closed after two records as a minor frame of 12 + 2 * 20 + 4 bytes
        frame.putInt(Tob3SampleWriter.footer(17, 0x8000 | 56));
        frame.putInt(1020, Tob3SampleWriter.footer(17, 0xC000 | (1024 - 56)));
        try (RowReader reader = open(Tob3SampleWriter.concat(header, frame.array()), ParseSettings.UTC)) {
            assertThat(reader.interval()).contains(Duration.ofMinutes(10));
            assertThat(reader.channels()).extracting(Channel::name)
                    .containsExactly("WS_80m_Avg", "WS_80m_Std", "WS_80m_Max", "BattV_Min");
            assertThat(reader.skippedColumns())
                    .containsExactly(new SkippedColumn("WS_80m_TMx", SkipReasons.TIME_OF_MAXIMUM));
            MetadataRules rules = MetadataRules.standard();
            assertThat(reader.channels()).extracting(c -> rules.derive(c).statistic())
                    .containsExactly("avg", "sd", "max", "min");
            assertThat(rules.derive(reader.channels().get(0)).measurementType()).isEqualTo("wind_speed");
            assertThat(rules.derive(reader.channels().get(0)).heightM()).isEqualTo(80.0);
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(reader.value(0)).isEqualTo(7.5);
            assertThat(reader.value(2)).isEqualTo(11.2);
            assertThat(reader.next()).isTrue();
            // the stamp closes the interval (END), like TOA5: the second record is stamped ten minutes later
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:20:00Z"));
            assertThat(reader.lineNumber()).isEqualTo(2);
            assertThat(reader.value(0)).isEqualTo(8.5);
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void subMillisecondTicksAreTruncatedToTheMillisecond() throws IOException {
        String[] table = {"Fast", "250 USEC", String.valueOf(Tob3SampleWriter.FRAME_SIZE), "40", "9", "SecUsec", "0", "0"};
        byte[] header = Tob3SampleWriter.header(table);
        byte[] block = Tob3SampleWriter.block(0, 3);
        ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1_500); // 1.5 ms after the second
        byte[] frame = Tob3SampleWriter.frameOfMinors(9, Tob3SampleWriter.minor(9, block));
        ReadOut out = read(Tob3SampleWriter.concat(header, frame), ParseSettings.UTC);
        assertThat(out.stamps()).containsExactly(Instant.parse("2024-03-01T12:00:00.001Z"),
                Instant.parse("2024-03-01T12:00:00.001Z"), Instant.parse("2024-03-01T12:00:00.002Z"));
    }

    @Test
    void emptyFramesHoldNoRecordsAndAreNoError() throws IOException {
        byte[] file = Tob3SampleWriter.concat(Tob3SampleWriter.header(Tob3SampleWriter.TABLE),
                Tob3SampleWriter.frame(STAMP, 0, Tob3SampleWriter.block(0, Tob3SampleWriter.PER_FRAME)),
                Tob3SampleWriter.frame(STAMP, 0x2000, Tob3SampleWriter.block(20, Tob3SampleWriter.PER_FRAME)),
                Tob3SampleWriter.frame(STAMP, 0, Tob3SampleWriter.block(40, Tob3SampleWriter.PER_FRAME)));
        ReadOut out = read(file, ParseSettings.UTC);
        assertThat(out.errors()).isEmpty();
        assertThat(out.stamps()).hasSize(40);
        assertThat(out.stamps().get(20)).isEqualTo(Tob3SampleWriter.stamp(40).toInstant(ZoneOffset.UTC));
    }

    @Test
    void fp4AndOtherIntegerTypesDecode() throws IOException {
        String[] names = {"Old", "Count", "Small", "Flag2"};
        String[] types = {"FP4", "ULONG", "INT2", "BOOL2"};
        String[] empty = {"", "", "", ""};
        String[] table = {"T", "1 SEC", "40", "1", "5", "SecMsec", "0", "0"};
        byte[] header = Tob3SampleWriter.header(128, Tob3SampleWriter.ENVIRONMENT, table, names, empty, empty, types);
        ByteBuffer frame = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(0).putInt(0).putInt(3);
        // FP4: sign 1, exponent 64 + 3, mantissa 0.75 * 2^24: -0.75 * 2^3 = -6
        frame.putInt(0x80000000 | (67 << 24) | 0xC00000);
        frame.putInt(-1); // ULONG 4294967295
        frame.put((byte) 0xFF).put((byte) 0x38); // INT2 -200, most significant byte first
        frame.putShort((short) 0x0100);
        frame.putInt(36, Tob3SampleWriter.footer(5, 0) | 4); // 4 unused bytes after the record
        try (RowReader reader = open(Tob3SampleWriter.concat(header, frame.array()), ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(-6.0);
            assertThat(reader.value(1)).isEqualTo(4294967295.0);
            assertThat(reader.value(2)).isEqualTo(-200.0);
            assertThat(reader.value(3)).isEqualTo(-1.0);
            assertThat(reader.lineNumber()).isEqualTo(3);
            assertThat(reader.next()).isFalse();
        }
        assertThat(Fp4.decode((66L << 24) | 0x800000)).isEqualTo(2.0);
        assertThat(Fp4.decode(0)).isEqualTo(0.0);
    }

    @Test
    void configuredSentinelsBecomeNan() throws IOException {
        ReadOut out = read(Files.readAllBytes(SAMPLE), new ParseSettings(ZoneOffset.UTC, Map.of("missing", "64")));
        assertThat(out.count(4)).isEqualTo(588);
    }

    @Test
    void aBrokenHeaderIsRefusedNamingFileLineAndReason() {
        String[] noResolution = {"Fast", "100 MSEC", "776", "640", "41411", "SecFortnight", "0", "0"};
        assertThatThrownBy(() -> open(Tob3SampleWriter.header(noResolution), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class).isNotInstanceOf(RowException.class)
                .hasMessageContaining("bad.dat, line 2: unknown frame time resolution 'SecFortnight'");
        String[] badInterval = {"Fast", "often", "776", "640", "41411", "SecMsec", "0", "0"};
        assertThatThrownBy(() -> open(Tob3SampleWriter.header(badInterval), ParseSettings.UTC))
                .hasMessageContaining("line 2: unreadable record interval 'often'");
        String[] tinyFrame = {"Fast", "100 MSEC", "40", "640", "41411", "SecMsec", "0", "0"};
        assertThatThrownBy(() -> open(Tob3SampleWriter.header(tinyFrame), ParseSettings.UTC))
                .hasMessageContaining("line 2: frame size 40 cannot hold");
        byte[] cut = Arrays.copyOf(Tob3SampleWriter.header(Tob3SampleWriter.TABLE), 200);
        assertThatThrownBy(() -> open(cut, ParseSettings.UTC))
                .hasMessageContaining("the file ends inside the 6-line TOB3 header");
        String[] types = Tob3SampleWriter.TYPES.clone();
        types[2] = "FP3";
        byte[] badType = Tob3SampleWriter.header(512, Tob3SampleWriter.ENVIRONMENT, Tob3SampleWriter.TABLE,
                Tob3SampleWriter.NAMES, Tob3SampleWriter.UNITS, Tob3SampleWriter.PROCESSING, types);
        assertThatThrownBy(() -> open(badType, ParseSettings.UTC)).hasMessageContaining("line 6, column Uz");
    }

    // ---- helpers ----

    private RowReader open(byte[] content, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("bad.dat", content), settings);
    }

    private ReadOut read(byte[] content, ParseSettings settings) throws IOException {
        try (RowReader reader = open(content, settings)) {
            return ReadOut.of(reader);
        }
    }

    private static void assertDecimal(double actual, Integer scaled, int decimals, int row) {
        if (scaled == null) {
            assertThat(actual).as("row %d", row).isNaN();
        } else {
            assertThat(actual).as("row %d", row).isEqualTo(BigDecimal.valueOf(scaled, decimals).doubleValue());
        }
    }
}
