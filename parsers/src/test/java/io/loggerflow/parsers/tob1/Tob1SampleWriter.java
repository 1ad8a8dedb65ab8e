package io.loggerflow.parsers.tob1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Writes the synthetic TOB1 sample deterministically, and builds TOB1 bytes for tests. The committed
 * {@code sample-data/campbell-tob1/MAST01_Ten_Min_2024_03_01.dat} is this class's output; run
 * {@link #main(String[])} from the repository root to rewrite it. Public for the TOB3 sample writer, which
 * writes the same FP2 words and Campbell seconds.
 */
public final class Tob1SampleWriter {
    static final String SAMPLE = "campbell-tob1/MAST01_Ten_Min_2024_03_01.dat";
    static final int RECORDS = 144;
    static final long FIRST_RECORD = 4032;
    static final LocalDateTime FIRST_STAMP = LocalDateTime.of(2024, 3, 1, 0, 10);
    /** Rows (0-based) where the 80 m anemometer and the vane were iced: NAN in all three. */
    static final int ICED_FROM = 50;
    static final int ICED_TO = 51;
    /** Row (0-based) where the temperature sensor reported NAN. */
    static final int TEMP_NAN_ROW = 100;

    static final String[] ENVIRONMENT = {"TOB1", "MAST01", "CR1000X", "12345", "CR1000X.Std.05.00", "CPU:mast01.CR1X",
            "48213", "Ten_Min"};
    static final String[] NAMES = {"SECONDS", "NANOSECONDS", "RECORD", "WS_80m_Avg", "WS_80m_Std", "WD_78m_Avg",
            "AirTC_2m_Avg", "BattV_Min"};
    static final String[] UNITS = {"SECONDS", "NANOSECONDS", "RN", "m/s", "m/s", "deg", "Deg C", "Volts"};
    static final String[] PROCESSING = {"", "", "", "Avg", "Std", "WVc", "Avg", "Min"};
    static final String[] TYPES = {"ULONG", "ULONG", "ULONG", "IEEE4", "IEEE4", "FP2", "FP2", "FP2"};

    /** FP2 words for the logger's special values (0x9FFE = NAN, 0x1FFF = +INF, 0x9FFF = -INF). */
    static final int FP2_NAN = 0x9FFE;

    private Tob1SampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "sample-data/" + SAMPLE);
        Files.createDirectories(target.getParent());
        Files.write(target, sample());
        System.out.println("wrote " + target.toAbsolutePath() + " (" + Files.size(target) + " bytes)");
    }

    // ---- the sample's values, as exact decimals (scaled integers); null = NAN ----

    /** 80 m mean wind speed in mm/s. */
    static Integer wsAvgMillis(int row) {
        if (row >= ICED_FROM && row <= ICED_TO) {
            return null;
        }
        return 6000 + (int) Math.round(2500 * Math.sin(2 * Math.PI * row / RECORDS)) + (row * 37) % 400;
    }

    /** 80 m wind speed standard deviation in mm/s. */
    static Integer wsStdMillis(int row) {
        if (row >= ICED_FROM && row <= ICED_TO) {
            return null;
        }
        return 500 + (row * 53) % 700;
    }

    /** 78 m wind direction in tenths of a degree. */
    static Integer wdTenths(int row) {
        if (row >= ICED_FROM && row <= ICED_TO) {
            return null;
        }
        return 1800 + (row * 13) % 1500;
    }

    /** 2 m air temperature in hundredths of a degree C; crosses zero in the early morning. */
    static Integer airTcHundredths(int row) {
        if (row == TEMP_NAN_ROW) {
            return null;
        }
        return 350 + (int) Math.round(450 * Math.sin(2 * Math.PI * (row - 54) / RECORDS));
    }

    /** Minimum battery voltage in hundredths of a volt. */
    static int battVHundredths(int row) {
        return 1263 - row % 7;
    }

    static LocalDateTime stamp(int row) {
        return FIRST_STAMP.plusMinutes(10L * row);
    }

    // ---- writing ----

    static byte[] sample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(ENVIRONMENT, NAMES, UNITS, PROCESSING, TYPES));
        for (int row = 0; row < RECORDS; row++) {
            ByteBuffer record = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt((int) seconds(stamp(row)));
            record.putInt(0);
            record.putInt((int) (FIRST_RECORD + row));
            record.putFloat(ieee4(wsAvgMillis(row), 3));
            record.putFloat(ieee4(wsStdMillis(row), 3));
            putFp2(record, wdTenths(row), 1);
            putFp2(record, airTcHundredths(row), 2);
            putFp2(record, battVHundredths(row), 2);
            out.writeBytes(record.array());
        }
        return out.toByteArray();
    }

    /** Header lines as LoggerNet writes them: every cell quoted, comma separated, CRLF terminated. */
    static byte[] header(String[]... lines) {
        StringBuilder text = new StringBuilder();
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                text.append(i == 0 ? "" : ",").append('"').append(line[i]).append('"');
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Seconds since 1990-01-01 00:00:00 on the logger clock (Campbell's time base). */
    public static long seconds(LocalDateTime stamp) {
        return Duration.between(LocalDateTime.of(1990, 1, 1, 0, 0), stamp).getSeconds();
    }

    private static float ieee4(Integer scaled, int decimals) {
        return scaled == null ? Float.NaN : (float) (scaled / Math.pow(10, decimals));
    }

    /** Writes an FP2 word big-endian, whatever the buffer's order. */
    public static void putFp2(ByteBuffer buffer, Integer scaled, int decimals) {
        int word = scaled == null ? FP2_NAN : fp2(scaled, decimals);
        buffer.put((byte) (word >>> 8)).put((byte) word);
    }

    /**
     * Encodes {@code scaled / 10^decimals} as FP2, using the most decimals that keep the magnitude within 7999
     * (Campbell's decimal-location table); refuses a value FP2 cannot hold exactly.
     */
    static int fp2(long scaled, int decimals) {
        long magnitude = Math.abs(scaled);
        for (int locater = 3; locater >= 0; locater--) {
            int shift = locater - decimals;
            long mantissa;
            if (shift >= 0) {
                mantissa = magnitude * (long) Math.pow(10, shift);
            } else {
                long divisor = (long) Math.pow(10, -shift);
                if (magnitude % divisor != 0) {
                    continue;
                }
                mantissa = magnitude / divisor;
            }
            if (mantissa <= 7999) {
                return (scaled < 0 ? 0x8000 : 0) | (locater << 13) | (int) mantissa;
            }
        }
        throw new IllegalArgumentException(scaled + "e-" + decimals + " does not fit FP2 exactly");
    }
}
