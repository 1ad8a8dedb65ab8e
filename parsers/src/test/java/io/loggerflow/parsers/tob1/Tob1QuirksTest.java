package io.loggerflow.parsers.tob1;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.ReadOut;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.toa5.Toa5Format;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** TOB1 files of the quirky tables: the same channels and values as their TOA5, bad records left behind. */
class Tob1QuirksTest {
    private static final String[] ENVIRONMENT = {"TOB1", "FX_STN", "CR1000X", "4711", "CR1000X.Std.07.01",
            "CPU:fx_daily.CR1X", "12345", "Daily"};
    private static final String[] NAMES = {"SECONDS", "NANOSECONDS", "RECORD", "AirT_C_Max", "AirT_C_TMx",
            "AirT_C_Min", "AirT_C_TMn", "Batt_V_Min", "SensorSN"};
    private static final String[] UNITS = {"SECONDS", "NANOSECONDS", "RN", "Deg C", "Deg C", "Deg C", "", "Volts", ""};
    private static final String[] PROCESSING = {"", "", "", "Max", "TMx", "Min", "TMn", "Min", "Smp"};
    private static final String[] TYPES = {"ULONG", "ULONG", "ULONG", "FP2", "SecNano", "FP2", "SecNano", "FP2",
            "ASCII(16)"};
    private static final int RECORD_BYTES = 12 + 2 + 8 + 2 + 8 + 2 + 16;

    @Test
    void theTob1OfTheDailyTableYieldsTheSameChannelsStampsAndValuesAsItsToa5() throws Exception {
        Path toa5 = Path.of(Tob1QuirksTest.class.getResource("/quirks/FX_STN_Daily_2024_03_03.dat").toURI());
        ReadOut fromToa5;
        RowReader text = new Toa5Format().open(InputSource.of(toa5), ParseSettings.UTC);
        try (text) {
            fromToa5 = ReadOut.of(text);
        }
        try (RowReader binary = open(daily(2, false), Map.of())) {
            assertThat(binary.channels()).isEqualTo(text.channels());
            assertThat(binary.skippedColumns()).isEqualTo(text.skippedColumns()).containsExactly(
                    new SkippedColumn("AirT_C_TMx", "time of maximum (TMx)"),
                    new SkippedColumn("AirT_C_TMn", "time of minimum (TMn)"),
                    new SkippedColumn("SensorSN", "text column"));
            ReadOut fromTob1 = ReadOut.of(binary);
            assertThat(fromTob1.stamps()).isEqualTo(fromToa5.stamps());
            assertThat(fromTob1.values()).usingElementComparator(Arrays::compare).isEqualTo(fromToa5.values());
        }
    }

    @Test
    void aTruncatedLastRecordIsOneBadRowAfterWhichTheReaderEnds() throws IOException {
        byte[] whole = daily(2, false);
        byte[] cut = Arrays.copyOf(whole, whole.length - 11);
        try (RowReader reader = open(cut, Map.of())) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.values()).hasSize(1);
            assertThat(out.errorLines()).containsExactly("2: truncated record: the file ends after "
                    + (RECORD_BYTES - 11) + " of its " + RECORD_BYTES + " bytes");
        }
    }

    @Test
    void aRecordWithABadTimeIsABadRowAndTheNextRecordIsRead() throws IOException {
        try (RowReader reader = open(daily(2, true), Map.of())) {
            ReadOut out = ReadOut.of(reader);
            assertThat(out.errorLines()).containsExactly(
                    "1: NANOSECONDS: 2000000000 is not a nanosecond count below one second");
            assertThat(out.values()).hasSize(1);
        }
    }

    @Test
    void anEmptyStationFallsBackToTheLoggerOption() throws IOException {
        byte[] file = daily(1, false);
        byte[] noStation = new String(file, StandardCharsets.ISO_8859_1).replaceFirst("\"FX_STN\"", "\"\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (RowReader reader = open(noStation, Map.of("logger", "MAST9"))) {
            assertThat(reader.identity().logger()).isEqualTo("MAST9");
        }
        try (RowReader reader = open(noStation, Map.of())) {
            assertThat(reader.identity().logger()).isEqualTo("FX_STN_Daily");
        }
    }

    private static RowReader open(byte[] file, Map<String, String> options) throws IOException {
        return new Tob1Format().open(InputSource.of("FX_STN_Daily_2024_03_03.dat", file),
                new ParseSettings(java.time.ZoneOffset.UTC, options));
    }

    /** The two records of the TOA5 fixture; {@code badFirstTime}: the first record's nanoseconds out of range. */
    private static byte[] daily(int records, boolean badFirstTime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Tob1SampleWriter.header(ENVIRONMENT, NAMES, UNITS, PROCESSING, TYPES));
        Integer[][] fp2 = {{1142, -205, 1261}, {null, -310, 1258}};
        for (int row = 0; row < records; row++) {
            ByteBuffer record = ByteBuffer.allocate(RECORD_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt((int) Tob1SampleWriter.seconds(LocalDateTime.of(2024, 3, 2 + row, 0, 0)));
            record.putInt(row == 0 && badFirstTime ? 2_000_000_000 : 0);
            record.putInt(17 + row);
            Tob1SampleWriter.putFp2(record, fp2[row][0], 2);
            record.putInt((int) Tob1SampleWriter.seconds(LocalDateTime.of(2024, 3, 1 + row, 14, 35))).putInt(0);
            Tob1SampleWriter.putFp2(record, fp2[row][1], 2);
            record.putInt((int) Tob1SampleWriter.seconds(LocalDateTime.of(2024, 3, 2 + row, 0, 0))).putInt(0);
            Tob1SampleWriter.putFp2(record, fp2[row][2], 2);
            record.put(Arrays.copyOf("SN 0042, rev B  ".getBytes(StandardCharsets.US_ASCII), 16));
            out.writeBytes(record.array());
        }
        return out.toByteArray();
    }
}
