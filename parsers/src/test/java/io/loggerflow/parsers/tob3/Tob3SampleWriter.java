package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.tob1.Tob1SampleWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the synthetic TOB3 sample deterministically, and builds TOB3 bytes for tests: a 10 Hz sonic table of a
 * CR6 card as Campbell's TOB3 layout describes it (six header lines, the last padded with spaces to 512 bytes;
 * frames of a 12-byte header, records and a 4-byte footer; a lapse written as two minor frames; the last frame
 * only partly filled). The committed {@code sample-data/campbell-tob3/MAST02_Fast_2024_03_01.dat} is this
 * class's output; run {@link #main(String[])} from the repository root to rewrite it.
 */
final class Tob3SampleWriter {
    static final String SAMPLE = "campbell-tob3/MAST02_Fast_2024_03_01.dat";
    static final int STAMP = 41411;
    static final int HEADER_BYTES = 512;
    static final int RECORD_SIZE = 38;
    static final int PER_FRAME = 20;
    static final int FRAME_SIZE = 12 + PER_FRAME * RECORD_SIZE + 4;
    static final int RECORDS = 600;
    static final long FIRST_RECORD = 1000;
    static final LocalDateTime FIRST_STAMP = LocalDateTime.of(2024, 3, 1, 12, 0, 0, 100_000_000);
    /** The first record after the lapse: the logger skipped five 100 ms records before it. */
    static final int LAPSE_AT = 287;
    static final long LAPSE_MILLIS = 500;
    /** Row (0-based) where the sonic temperature is NAN. */
    static final int TS_NAN_ROW = 100;
    /** 100 µs ticks (Sec100Usec) per 100 ms record. */
    private static final int TICKS_PER_RECORD = 1000;

    static final String[] ENVIRONMENT = {"TOB3", "MAST02", "CR6", "7311", "CR6.Std.12.01", "CPU:sonic.CR6", "51234",
            "2024-03-01 11:59:58"};
    static final String[] TABLE = {"Fast", "100 MSEC", String.valueOf(FRAME_SIZE), "640", String.valueOf(STAMP),
            "Sec100Usec", "           0", "           0"};
    static final String[] NAMES = {"Ux", "Uy", "Uz", "Ts", "diag_sonic", "CO2", "SonicOK", "Status"};
    static final String[] UNITS = {"m/s", "m/s", "m/s", "degC", "", "mg/m^3", "", ""};
    static final String[] PROCESSING = {"Smp", "Smp", "Smp", "Smp", "Smp", "Smp", "Smp", "Smp"};
    static final String[] TYPES = {"IEEE4", "IEEE4", "IEEE4", "FP2", "LONG", "IEEE8B", "BOOL4", "ASCII(8)"};

    private Tob3SampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "sample-data/" + SAMPLE);
        Files.createDirectories(target.getParent());
        Files.write(target, sample());
        System.out.println("wrote " + target.toAbsolutePath() + " (" + Files.size(target) + " bytes)");
    }

    // ---- the sample's values, as exact decimals (scaled integers); null = NAN ----

    static int uxCenti(int row) {
        return (row * 7) % 400 - 200;
    }

    static int uyMilli(int row) {
        return (int) Math.round(1500 * Math.sin(2 * Math.PI * row / 150.0));
    }

    static int uzMilli(int row) {
        return (row * 13) % 101 - 50;
    }

    static Integer tsCenti(int row) {
        return row == TS_NAN_ROW ? null : 1520 + row % 37;
    }

    static int diag(int row) {
        return row % 50 == 0 ? 64 : 0;
    }

    /** CO2 in eighths of a mg/m^3 (exact in binary). */
    static double co2(int row) {
        return 650.0 + (row % 9) * 0.125;
    }

    static int sonicOk(int row) {
        return diag(row) == 0 ? -1 : 0;
    }

    static String status(int row) {
        return diag(row) == 0 ? "OK" : "WARN";
    }

    static LocalDateTime stamp(int row) {
        long millis = 100L * row + (row >= LAPSE_AT ? LAPSE_MILLIS : 0);
        return FIRST_STAMP.plusNanos(millis * 1_000_000);
    }

    static long recordNumber(int row) {
        return FIRST_RECORD + row;
    }

    // ---- the sample ----

    static byte[] sample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(TABLE));
        int row = 0;
        while (row < 280) {
            out.writeBytes(frame(STAMP, 0, block(row, PER_FRAME)));
            row += PER_FRAME;
        }
        // a lapse inside a frame: the logger closes a minor frame, then starts one with its own time stamp
        out.writeBytes(frameOfMinors(STAMP, minor(STAMP, block(280, LAPSE_AT - 280)),
                minor(STAMP, block(LAPSE_AT, 8))));
        row = LAPSE_AT + 8;
        while (RECORDS - row >= PER_FRAME) {
            out.writeBytes(frame(STAMP, 0, block(row, PER_FRAME)));
            row += PER_FRAME;
        }
        // the last frame of the card file, closed when it was collected: one minor frame, the rest unused
        out.writeBytes(frameOfMinors(STAMP, minor(STAMP, block(row, RECORDS - row))));
        return out.toByteArray();
    }

    /** Frame header (time and record number of {@code row}) and {@code count} records from {@code row}. */
    static byte[] block(int row, int count) {
        ByteBuffer bytes = le(12 + count * RECORD_SIZE);
        LocalDateTime stamp = stamp(row);
        bytes.putInt((int) Tob1SampleWriter.seconds(stamp.withNano(0)));
        bytes.putInt(stamp.getNano() / 100_000);
        bytes.putInt((int) recordNumber(row));
        for (int i = 0; i < count; i++) {
            record(bytes, row + i);
        }
        return bytes.array();
    }

    private static void record(ByteBuffer bytes, int row) {
        bytes.putFloat(uxCenti(row) / 100f);
        bytes.putFloat(uyMilli(row) / 1000f);
        bytes.putFloat(uzMilli(row) / 1000f);
        Tob1SampleWriter.putFp2(bytes, tsCenti(row), 2);
        bytes.putInt(diag(row));
        bytes.order(ByteOrder.BIG_ENDIAN).putDouble(co2(row)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(sonicOk(row) == 0 ? 0 : 1);
        byte[] text = new byte[8];
        byte[] status = status(row).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(status, 0, text, 0, status.length);
        bytes.put(text);
    }

    // ---- building blocks for other files ----

    /** The six header lines for {@code table}, the last padded with spaces so that frames start at 512. */
    static byte[] header(String[] table) {
        return header(HEADER_BYTES, ENVIRONMENT, table, NAMES, UNITS, PROCESSING, TYPES);
    }

    static byte[] header(int size, String[]... lines) {
        StringBuilder text = new StringBuilder();
        for (int l = 0; l < lines.length; l++) {
            String[] line = lines[l];
            for (int i = 0; i < line.length; i++) {
                text.append(i == 0 ? "" : ",").append('"').append(line[i]).append('"');
            }
            if (l == lines.length - 1) {
                while (text.length() < size - 2) {
                    text.append(' ');
                }
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A full-size frame: one block, unused bytes, and a footer whose low 16 bits (offset, flags) are {@code low}. */
    static byte[] frame(int stamp, int low, byte[] block) {
        ByteBuffer bytes = le(FRAME_SIZE);
        bytes.put(block);
        bytes.putInt(FRAME_SIZE - 4, footer(stamp, low));
        return bytes.array();
    }

    /** A frame holding minor frames, its footer's offset counting the unused bytes and itself (bits 14, 15 set). */
    static byte[] frameOfMinors(int stamp, byte[]... minors) {
        ByteBuffer bytes = le(FRAME_SIZE);
        for (byte[] minor : minors) {
            bytes.put(minor);
        }
        int offset = FRAME_SIZE - bytes.position();
        bytes.putInt(FRAME_SIZE - 4, footer(stamp, 0xC000 | offset));
        return bytes.array();
    }

    /** A block closed as a minor frame: its footer's offset is the minor frame's size (bit 15 set, as seen). */
    static byte[] minor(int stamp, byte[] block) {
        ByteBuffer bytes = le(block.length + 4);
        bytes.put(block);
        bytes.putInt(footer(stamp, 0x8000 | (block.length + 4)));
        return bytes.array();
    }

    static int footer(int stamp, int low) {
        return (stamp << 16) | (low & 0xFFFF);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static List<byte[]> fullFrames(int stamp, int fromRow, int frames) {
        List<byte[]> result = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            result.add(frame(stamp, 0, block(fromRow + f * PER_FRAME, PER_FRAME)));
        }
        return result;
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
