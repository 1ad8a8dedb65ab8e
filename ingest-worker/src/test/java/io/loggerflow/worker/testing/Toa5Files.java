package io.loggerflow.worker.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes synthetic TOA5 files of any size, deterministically: value of channel c at row r is
 * {@link #value(int, long)}, so tests know every stored value without reading the file back.
 */
public final class Toa5Files {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Toa5Files() {
    }

    /** Three decimals, so sums of round(value * 1000) are exact checksums. */
    public static double value(int channel, long row) {
        return ((row * 31 + channel * 17) % 20000) / 1000.0;
    }

    /** Sum over the file of round(value * 1000). */
    public static long checksum(int channels, long rows) {
        long sum = 0;
        for (long r = 0; r < rows; r++) {
            for (int c = 0; c < channels; c++) {
                sum += Math.round(value(c, r) * 1000);
            }
        }
        return sum;
    }

    public static Path write(Path file, String station, LocalDateTime firstStamp, long rows, int channels)
            throws IOException {
        return write(file, station, firstStamp, rows, channels, -1);
    }

    /** Same, with channel {@code flatChannel} stuck at 5.0 (a flat-lined sensor); -1 for none. */
    public static Path write(Path file, String station, LocalDateTime firstStamp, long rows, int channels,
                             int flatChannel) throws IOException {
        return write(file, station, firstStamp, 0, rows, channels,
                (r, c) -> String.valueOf(c == flatChannel ? 5.0 : value(c, r)));
    }

    /**
     * Rows {@code firstRow .. firstRow + rows - 1} of the file starting at {@code firstStamp} (row r stamped
     * 10 r minutes later), with the cells named "row/channel" in {@code cells} written as given instead.
     */
    public static Path write(Path file, String station, LocalDateTime firstStamp, long firstRow, long rows,
                             int channels, Map<String, String> cells) throws IOException {
        return write(file, station, firstStamp, firstRow, rows, channels,
                (r, c) -> cells.getOrDefault(r + "/" + c, String.valueOf(value(c, r))));
    }

    private interface CellText {
        String of(long row, int channel);
    }

    private static Path write(Path file, String station, LocalDateTime firstStamp, long firstRow, long rows,
                              int channels, CellText cell) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("\"TOA5\",\"" + station + "\",\"CR1000X\",\"1\",\"os\",\"prog\",\"1\",\"Ten_Min\"\n");
            StringBuilder names = new StringBuilder("\"TIMESTAMP\",\"RECORD\"");
            StringBuilder units = new StringBuilder("\"TS\",\"RN\"");
            StringBuilder processing = new StringBuilder("\"\",\"\"");
            for (int c = 0; c < channels; c++) {
                names.append(",\"WS_").append(c).append("_Avg\"");
                units.append(",\"m/s\"");
                processing.append(",\"Avg\"");
            }
            out.write(names + "\n" + units + "\n" + processing + "\n");
            StringBuilder line = new StringBuilder();
            for (long r = firstRow; r < firstRow + rows; r++) {
                line.setLength(0);
                line.append('"').append(STAMP.format(firstStamp.plusMinutes(10 * r))).append("\",").append(r);
                for (int c = 0; c < channels; c++) {
                    line.append(',').append(cell.of(r, c));
                }
                out.write(line.append('\n').toString());
            }
        }
        return file;
    }
}
