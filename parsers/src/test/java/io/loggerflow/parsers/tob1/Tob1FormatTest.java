package io.loggerflow.parsers.tob1;

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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static io.loggerflow.parsers.tob1.Tob1SampleWriter.ENVIRONMENT;
import static io.loggerflow.parsers.tob1.Tob1SampleWriter.NAMES;
import static io.loggerflow.parsers.tob1.Tob1SampleWriter.PROCESSING;
import static io.loggerflow.parsers.tob1.Tob1SampleWriter.TYPES;
import static io.loggerflow.parsers.tob1.Tob1SampleWriter.UNITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Tob1FormatTest {
    private static final Path SAMPLE = SampleData.file(Tob1SampleWriter.SAMPLE);
    private static final String SAMPLE_NAME = SAMPLE.getFileName().toString();
    private final Tob1Format format = new Tob1Format();

    @Test
    void theCommittedSampleIsExactlyTheGeneratorsOutput() throws IOException {
        assertThat(Files.readAllBytes(SAMPLE)).isEqualTo(Tob1SampleWriter.sample());
        assertThat(Files.size(SAMPLE)).isLessThan(200 * 1024);
    }

    @Test
    void readsHeaderIdentityAndChannelsOfTheSampleFile() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.identity().logger()).isEqualTo("MAST01");
            assertThat(reader.identity().table()).isEqualTo("Ten_Min");
            assertThat(reader.identity().model()).isEqualTo("CR1000X");
            assertThat(reader.identity().serial()).isEqualTo("12345");
            assertThat(reader.channels()).containsExactly(
                    new Channel("WS_80m_Avg", "m/s", "Avg"),
                    new Channel("WS_80m_Std", "m/s", "Std"),
                    new Channel("WD_78m_Avg", "deg", "WVc"),
                    new Channel("AirTC_2m_Avg", "Deg C", "Avg"),
                    new Channel("BattV_Min", "Volts", "Min"));
            assertThat(reader.stampPosition()).isEqualTo(StampPosition.END);
            assertThat(reader.interval()).isEmpty();
        }
    }

    @Test
    void decodesEveryRecordToTheGeneratorsDecimalValues() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            int row = 0;
            while (reader.next()) {
                assertThat(reader.lineNumber()).isEqualTo(row + 1);
                assertThat(Instant.ofEpochMilli(reader.timestampMillis()))
                        .isEqualTo(Tob1SampleWriter.stamp(row).toInstant(ZoneOffset.UTC));
                assertDecimal(reader.value(0), Tob1SampleWriter.wsAvgMillis(row), 3, "WS_80m_Avg", row);
                assertDecimal(reader.value(1), Tob1SampleWriter.wsStdMillis(row), 3, "WS_80m_Std", row);
                assertDecimal(reader.value(2), Tob1SampleWriter.wdTenths(row), 1, "WD_78m_Avg", row);
                assertDecimal(reader.value(3), Tob1SampleWriter.airTcHundredths(row), 2, "AirTC", row);
                assertDecimal(reader.value(4), Tob1SampleWriter.battVHundredths(row), 2, "BattV", row);
                row++;
            }
            assertThat(row).isEqualTo(Tob1SampleWriter.RECORDS);
        }
    }

    @Test
    void chosenCellsTimestampsAndNan() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), ParseSettings.UTC)) {
            assertThat(reader.next()).isTrue();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T00:10:00Z"));
            assertThat(reader.value(2)).isEqualTo(180.0);
            assertThat(reader.value(3)).isEqualTo(0.32);
            assertThat(reader.value(4)).isEqualTo(12.63);
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(6.146); // IEEE4 6.146f reads as the decimal the logger measured
            assertThat(reader.value(1)).isEqualTo(0.553);
            assertThat(reader.value(2)).isEqualTo(181.3);
            skip(reader, 17); // record 19, 03:10: the coldest record, below zero
            assertThat(reader.lineNumber()).isEqualTo(19);
            assertThat(reader.value(3)).isEqualTo(-1.0);
            skip(reader, 32); // record 51, 08:30: anemometer and vane iced
            assertThat(reader.lineNumber()).isEqualTo(51);
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-01T08:30:00Z"));
            assertThat(reader.value(0)).isNaN();
            assertThat(reader.value(1)).isNaN();
            assertThat(reader.value(2)).isNaN();
            assertThat(reader.value(3)).isEqualTo(2.72);
            skip(reader, 50); // record 101: temperature NAN
            assertThat(reader.value(3)).isNaN();
            assertThat(reader.value(0)).isEqualTo(3.751);
            skip(reader, 43);
            assertThat(reader.lineNumber()).isEqualTo(144);
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-03-02T00:00:00Z"));
            assertThat(reader.value(2)).isEqualTo(215.9);
            assertThat(reader.value(4)).isEqualTo(12.6);
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void appliesTheSourceTimeZoneToTheLoggerClock() throws IOException {
        try (RowReader reader = format.open(InputSource.of(SAMPLE), new ParseSettings(ZoneId.of("Europe/Berlin")))) {
            reader.next();
            assertThat(Instant.ofEpochMilli(reader.timestampMillis())).isEqualTo(Instant.parse("2024-02-29T23:10:00Z"));
        }
    }

    @Test
    void fp2WordsDecodeAsCampbellDocumentsThem() {
        // words seen in a public CR1000X TOB1 file whose TOA5 conversion shows these values
        assertThat(Fp2.decode(0x60E9)).isEqualTo(0.233);
        assertThat(Fp2.decode(0x6034)).isEqualTo(0.052);
        assertThat(Fp2.decode(0x617F)).isEqualTo(0.383);
        assertThat(Fp2.decode(0x9FFE)).isNaN(); // NAN
        // sign bit, 2-bit decimal locater, 13-bit magnitude
        assertThat(Fp2.decode(0x4000 | 1263)).isEqualTo(12.63);
        assertThat(Fp2.decode(0x8000 | 0x2000 | 5)).isEqualTo(-0.5);
        assertThat(Fp2.decode(7999)).isEqualTo(7999.0);
        assertThat(Fp2.decode(0x8000)).isEqualTo(0.0);
        assertThat(Fp2.decode(0x1FFF)).isNaN(); // +INF
        assertThat(Fp2.decode(0x9FFF)).isNaN(); // -INF
        assertThatThrownBy(() -> Fp2.decode(0x2000 | 8000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x3F40").hasMessageContaining("7999");
        assertThat(Tob1SampleWriter.fp2(1263, 2)).isEqualTo(0x4000 | 1263);
    }

    @Test
    void readsOtherIntegerAndBooleanTypesSkipsTextAndUsesNanoseconds() throws IOException {
        String[] names = {"SECONDS", "NANOSECONDS", "RECORD", "Status", "Count", "Pulses", "Flag", "Temp", "Big"};
        String[] units = {"", "", "RN", "", "", "", "", "C", ""};
        String[] processing = {"", "", "", "Smp", "Smp", "Tot", "Smp", "Avg", "Avg"};
        String[] types = {"ULONG", "ULONG", "ULONG", "ASCII(6)", "LONG", "UINT2", "BOOL", "FP2", "IEEE4"};
        ByteBuffer record = le(31);
        record.putInt((int) Tob1SampleWriter.seconds(LocalDateTime.of(2024, 3, 1, 12, 0, 1))).putInt(250_000_000).putInt(7);
        record.put("ok\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
        record.putInt(-5);
        record.put((byte) 0xFD).put((byte) 0xE8); // UINT2 65000, most significant byte first
        record.put((byte) 0xFF);
        Tob1SampleWriter.putFp2(record, -1234, 3);
        record.putFloat(Float.POSITIVE_INFINITY);
        byte[] file = concat(Tob1SampleWriter.header(ENVIRONMENT, names, units, processing, types), record.array());
        try (RowReader reader = open(file, ParseSettings.UTC)) {
            assertThat(reader.channels()).extracting(Channel::name).containsExactly("Count", "Pulses", "Flag", "Temp", "Big");
            assertThat(reader.channels().get(1)).isEqualTo(new Channel("Pulses", null, "Tot"));
            assertThat(reader.next()).isTrue();
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("2024-03-01T12:00:01.250Z").toEpochMilli());
            assertThat(reader.value(0)).isEqualTo(-5.0);
            assertThat(reader.value(1)).isEqualTo(65000.0);
            assertThat(reader.value(2)).isEqualTo(-1.0);
            assertThat(reader.value(3)).isEqualTo(-1.234);
            assertThat(reader.value(4)).isNaN(); // +INF is not a measurement
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void ieee8NeedsItsByteOrderConfigured() throws IOException {
        String[] types = {"ULONG", "ULONG", "ULONG", "IEEE8", "IEEE4", "FP2", "FP2", "FP2"};
        byte[] header = Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, types);
        assertThatThrownBy(() -> open(header, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("bad.dat, line 5, column WS_80m_Avg")
                .hasMessageContaining("set option ieee8-byte-order");
        ByteBuffer record = le(30).putInt(0).putInt(0).putInt(1);
        record.order(ByteOrder.BIG_ENDIAN).putDouble(7.25).order(ByteOrder.LITTLE_ENDIAN).putFloat(1.5f);
        record.putShort((short) 0).putShort((short) 0).putShort((short) 0);
        ParseSettings big = new ParseSettings(ZoneOffset.UTC, Map.of("ieee8-byte-order", "big"));
        try (RowReader reader = open(concat(header, record.array()), big)) {
            assertThat(reader.next()).isTrue();
            assertThat(reader.value(0)).isEqualTo(7.25);
            assertThat(reader.timestampMillis()).isEqualTo(Instant.parse("1990-01-01T00:00:00Z").toEpochMilli());
        }
    }

    @Test
    void configuredSentinelsBecomeNan() throws IOException {
        ParseSettings settings = new ParseSettings(ZoneOffset.UTC, Map.of("missing", "-7999, 12.63"));
        try (RowReader reader = format.open(InputSource.of(SAMPLE), settings)) {
            reader.next();
            assertThat(reader.value(4)).isNaN();
            reader.next();
            assertThat(reader.value(4)).isEqualTo(12.62);
        }
    }

    @Test
    void aTruncatedFinalRecordNamesTheRecord() throws IOException {
        byte[] bytes = Tob1SampleWriter.sample();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 10);
        try (RowReader reader = format.open(InputSource.of(SAMPLE_NAME, cut), ParseSettings.UTC)) {
            for (int i = 0; i < 143; i++) {
                assertThat(reader.next()).isTrue();
            }
            assertThatThrownBy(reader::next).isInstanceOf(InputFormatException.class)
                    .hasMessage(SAMPLE_NAME + ", record 144: truncated record: the file ends after 16 of its 26 bytes")
                    .satisfies(e -> assertThat(((InputFormatException) e).line()).isEqualTo(144));
        }
    }

    @Test
    void anUnknownDataTypeNamesLineFiveAndTheColumn() {
        String[] types = {"ULONG", "ULONG", "ULONG", "IEEE4", "FP4", "FP2", "FP2", "FP2"};
        assertThatThrownBy(() -> open(Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, types), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith("bad.dat, line 5, column WS_80m_Std: unsupported TOB1 data type 'FP4'");
    }

    @Test
    void aHeaderWithFewerThanFiveLinesIsRefused() {
        byte[] three = Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS);
        assertThatThrownBy(() -> open(three, ParseSettings.UTC)).isInstanceOf(InputFormatException.class)
                .hasMessage("bad.dat, line 4: the file ends inside the 5-line TOB1 header (missing processing line)");
    }

    @Test
    void headerLinesWithDifferentFieldCountsAreRefused() {
        String[] units = Arrays.copyOf(UNITS, 7);
        assertThatThrownBy(() -> open(Tob1SampleWriter.header(ENVIRONMENT, NAMES, units, PROCESSING, TYPES), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("bad.dat, line 3: the units line has 7 fields but the field names line (line 2) has 8");
        String[] types = Arrays.copyOf(TYPES, 9);
        types[8] = "FP2";
        assertThatThrownBy(() -> open(Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, types), ParseSettings.UTC))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("bad.dat, line 5: the data types line has 9 fields but the field names line (line 2) has 8");
    }

    @Test
    void otherMalformedHeadersAreRefused() {
        String[] noSeconds = NAMES.clone();
        noSeconds[0] = "SECS";
        assertThatThrownBy(() -> open(Tob1SampleWriter.header(ENVIRONMENT, noSeconds, UNITS, PROCESSING, TYPES), ParseSettings.UTC))
                .hasMessageContaining("bad.dat, line 2: no SECONDS field");
        String[] floatSeconds = TYPES.clone();
        floatSeconds[0] = "IEEE4";
        assertThatThrownBy(() -> open(Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, floatSeconds), ParseSettings.UTC))
                .hasMessageContaining("bad.dat, line 5, column SECONDS: must have an integer type");
        String[] tob3 = ENVIRONMENT.clone();
        tob3[0] = "TOB3";
        assertThatThrownBy(() -> open(Tob1SampleWriter.header(tob3, NAMES, UNITS, PROCESSING, TYPES), ParseSettings.UTC))
                .hasMessageContaining("bad.dat, line 1: not a TOB1 file");
        byte[] latin1 = Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, TYPES);
        int degree = indexOf(latin1, "Deg C".getBytes(StandardCharsets.US_ASCII));
        latin1[degree + 3] = (byte) 0xB0; // "Deg\u00B0C" in windows-1252 is not UTF-8
        assertThatThrownBy(() -> open(latin1, ParseSettings.UTC))
                .hasMessageContaining("bad.dat, line 3: header line is not valid UTF-8 text; set option encoding");
    }

    @Test
    void theHeaderCharsetCanBeConfigured() throws IOException {
        byte[] latin1 = Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, TYPES);
        latin1[indexOf(latin1, "Deg C".getBytes(StandardCharsets.US_ASCII)) + 3] = (byte) 0xB0;
        ParseSettings settings = new ParseSettings(ZoneOffset.UTC, Map.of("encoding", "windows-1252"));
        try (RowReader reader = open(latin1, settings)) {
            assertThat(reader.channels().get(3).unit()).isEqualTo("Deg\u00B0C");
            assertThat(reader.next()).isFalse();
        }
    }

    @Test
    void anInvalidFp2WordNamesRecordAndColumn() throws IOException {
        byte[] bytes = Tob1SampleWriter.sample();
        int headerLength = bytes.length - Tob1SampleWriter.RECORDS * 26;
        int battV = headerLength + 2 * 26 + 24; // record 3, BattV_Min
        bytes[battV] = 0x1F;
        bytes[battV + 1] = 0x40; // magnitude 8000
        try (RowReader reader = format.open(InputSource.of("bad.dat", bytes), ParseSettings.UTC)) {
            skip(reader, 3);
            assertThat(reader.value(0)).isEqualTo(decimal(Tob1SampleWriter.wsAvgMillis(2), 3));
            assertThatThrownBy(() -> reader.value(4)).isInstanceOf(InputFormatException.class)
                    .hasMessage("bad.dat, record 3, column BattV_Min: 0x1F40 is not a valid FP2 value "
                            + "(magnitude 8000 exceeds Campbell's limit of 7999)");
        }
    }

    @Test
    void detectionRecognisesTob1AndRefusesOtherFiles() throws IOException {
        assertThat(format.detect(head(Files.readAllBytes(SAMPLE)))).isTrue();
        assertThat(format.detect(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Tob1SampleWriter.sample()))).isTrue();
        try (Stream<Path> others = Files.list(SampleData.file("campbell"))) {
            List<Path> toa5Files = others.toList();
            assertThat(toa5Files).isNotEmpty();
            for (Path other : toa5Files) {
                assertThat(format.detect(head(Files.readAllBytes(other)))).as(other.toString()).isFalse();
            }
        }
        assertThat(format.detect("\"TOB3\",\"MAST01\",\"CR1000X\"\r\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("TOB1 notes: see attached\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect("time;ws\n1;2\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(format.detect(new byte[0])).isFalse();
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThat(format.detect(noise)).isFalse();

        FormatRegistry registry = new FormatRegistry(List.of(new Toa5Format(), format));
        assertThat(registry.detect(InputSource.of(SAMPLE)).name()).isEqualTo("tob1");
        assertThat(registry.detect(InputSource.of(SampleData.file("campbell/MAST01_Ten_Min_2024_03_01.dat"))).name())
                .isEqualTo("toa5");
    }

    @Test
    void readsTheHeaderOnlyAndStreamsRecordsOnDemand() throws IOException {
        byte[] bytes = Tob1SampleWriter.sample();
        int[] consumed = {0};
        InputSource counting = new InputSource() {
            @Override
            public String name() {
                return "counting.dat";
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(bytes) {
                    @Override
                    public synchronized int read(byte[] b, int off, int len) {
                        int n = super.read(b, off, Math.min(len, 512));
                        consumed[0] += Math.max(n, 0);
                        return n;
                    }
                };
            }
        };
        try (RowReader reader = format.open(counting, ParseSettings.UTC)) {
            reader.next();
            // a buffered stream reads ahead a little, but never the whole file for one record
            assertThat(consumed[0]).isLessThan(bytes.length);
        }
    }

    private RowReader open(byte[] content, ParseSettings settings) throws IOException {
        return format.open(InputSource.of("bad.dat", content), settings);
    }

    /** The value must be the double nearest to scaled / 10^decimals, or NaN when the generator wrote NAN. */
    private static void assertDecimal(double actual, Integer scaled, int decimals, String column, int row) {
        if (scaled == null) {
            assertThat(actual).as("%s row %d", column, row).isNaN();
        } else {
            assertThat(actual).as("%s row %d", column, row).isEqualTo(decimal(scaled, decimals));
        }
    }

    private static double decimal(Integer scaled, int decimals) {
        return scaled == null ? Double.NaN : BigDecimal.valueOf(scaled, decimals).doubleValue();
    }

    private static void skip(RowReader reader, int records) throws IOException {
        for (int i = 0; i < records; i++) {
            assertThat(reader.next()).isTrue();
        }
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] head(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, FormatRegistry.HEAD_BYTES));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
