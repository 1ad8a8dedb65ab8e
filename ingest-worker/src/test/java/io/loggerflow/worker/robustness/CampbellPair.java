package io.loggerflow.worker.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One logger table written twice, as LoggerNet would write it: a TOA5 (text) and a TOB1 (binary) file with the
 * same stamps and values. Values are IEEE4 floats; the TOA5 cells print each float's shortest decimal
 * ({@link Float#toString}), which is also the decimal the TOB1 reader reads an IEEE4 field as, so both files
 * hold exactly the same numbers. Every seventh cell of a channel is NAN in both.
 */
final class CampbellPair {
    static final List<String> CHANNELS = List.of("WS_80m_Avg", "WS_80m_Std", "WD_78m_Avg", "AirTC_2m_Avg", "BP_mbar_Avg");
    static final List<String> UNITS = List.of("m/s", "m/s", "deg", "Deg C", "mbar");
    static final List<String> PROCESSING = List.of("Avg", "Std", "WVc", "Avg", "Avg");
    static final LocalDateTime FIRST_STAMP = LocalDateTime.of(2024, 3, 5, 0, 10);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] ENVIRONMENT = {"PAIR01", "CR1000X", "4711", "CR1000X.Std.05.00", "CPU:pair.CR1X",
            "1234", "Ten_Min"};

    private final int rows;

    CampbellPair(int rows) {
        this.rows = rows;
    }

    /** The value of a channel in a row: varied, signed where temperatures are, NaN now and then. */
    float value(int row, int channel) {
        if ((row + 3 * channel) % 7 == 0) {
            return Float.NaN;
        }
        double[] base = {7.5, 0.8, 210, -1.5, 1008};
        double[] swing = {3.1, 0.4, 95, 4.2, 6.5};
        return (float) (base[channel] + swing[channel] * Math.sin(row * 0.37 + channel) + row * 0.001);
    }

    long nonMissingValues() {
        long n = 0;
        for (int row = 0; row < rows; row++) {
            for (int c = 0; c < CHANNELS.size(); c++) {
                n += Float.isNaN(value(row, c)) ? 0 : 1;
            }
        }
        return n;
    }

    LocalDateTime stamp(int row) {
        return FIRST_STAMP.plusMinutes(10L * row);
    }

    byte[] toa5() {
        StringBuilder text = new StringBuilder();
        text.append(quoted("TOA5", ENVIRONMENT)).append("\r\n");
        text.append(quoted("TIMESTAMP", prefixed("RECORD", CHANNELS))).append("\r\n");
        text.append(quoted("TS", prefixed("RN", UNITS))).append("\r\n");
        text.append(quoted("", prefixed("", PROCESSING))).append("\r\n");
        for (int row = 0; row < rows; row++) {
            text.append('"').append(STAMP.format(stamp(row))).append("\",").append(row);
            for (int c = 0; c < CHANNELS.size(); c++) {
                float v = value(row, c);
                text.append(',').append(Float.isNaN(v) ? "\"NAN\"" : Float.toString(v));
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    byte[] tob1() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String types = quoted("ULONG", prefixed("ULONG", prefixed("ULONG", CHANNELS.stream().map(c -> "IEEE4").toList())));
        String header = quoted("TOB1", ENVIRONMENT) + "\r\n"
                + quoted("SECONDS", prefixed("NANOSECONDS", prefixed("RECORD", CHANNELS))) + "\r\n"
                + quoted("SECONDS", prefixed("NANOSECONDS", prefixed("RN", UNITS))) + "\r\n"
                + quoted("", prefixed("", prefixed("", PROCESSING))) + "\r\n"
                + types + "\r\n";
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        for (int row = 0; row < rows; row++) {
            ByteBuffer record = ByteBuffer.allocate(12 + 4 * CHANNELS.size()).order(ByteOrder.LITTLE_ENDIAN);
            record.putInt((int) Duration.between(LocalDateTime.of(1990, 1, 1, 0, 0), stamp(row)).getSeconds());
            record.putInt(0);
            record.putInt(row);
            for (int c = 0; c < CHANNELS.size(); c++) {
                record.putFloat(value(row, c));
            }
            out.writeBytes(record.array());
        }
        return out.toByteArray();
    }

    private static List<String> prefixed(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String quoted(String first, String[] rest) {
        return quoted(first, List.of(rest));
    }

    private static String quoted(String first, List<String> rest) {
        StringBuilder line = new StringBuilder("\"").append(first).append('"');
        rest.forEach(cell -> line.append(",\"").append(cell).append('"'));
        return line.toString();
    }
}
