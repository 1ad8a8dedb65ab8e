package io.loggerflow.parsers.toa5;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A TOA5 file of any size generated on the fly (never held in memory or written to disk), and a main
 * that parses one completely: run with a small -Xmx to show that parsing needs constant memory.
 */
final class GeneratedToa5 extends InputStream {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int CHANNELS = 40;

    private final long targetBytes;
    private long produced;
    private long row;
    private byte[] chunk;
    private int position;

    GeneratedToa5(long targetBytes) {
        this.targetBytes = targetBytes;
        StringBuilder header = new StringBuilder("\"TOA5\",\"BIG\",\"CR1000X\",\"1\",\"os\",\"p\",\"1\",\"Ten_Min\"\n\"TIMESTAMP\",\"RECORD\"");
        for (int c = 0; c < CHANNELS; c++) {
            header.append(",\"C").append(c).append("_Avg\"");
        }
        header.append("\n\"TS\",\"RN\"").append(",\"m/s\"".repeat(CHANNELS)).append("\n\"\",\"\"")
                .append(",\"Avg\"".repeat(CHANNELS)).append('\n');
        chunk = header.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public int read() {
        if (position == chunk.length && !nextRow()) {
            return -1;
        }
        produced++;
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position == chunk.length && !nextRow()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        produced += n;
        return n;
    }

    private boolean nextRow() {
        if (produced >= targetBytes) {
            return false;
        }
        StringBuilder line = new StringBuilder(400);
        line.append('"').append(STAMP.format(LocalDateTime.of(2000, 1, 1, 0, 10).plusMinutes(10 * row))).append("\",")
                .append(row);
        for (int c = 0; c < CHANNELS; c++) {
            line.append(',').append((row * 7 + c) % 2500 / 100.0);
        }
        chunk = line.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
        position = 0;
        row++;
        return true;
    }

    long rows() {
        return row;
    }

    /** Parses a generated file of args[0] MiB, reading every value; prints "rows=N values=M". */
    public static void main(String[] args) throws Exception {
        long bytes = Long.parseLong(args[0]) << 20;
        GeneratedToa5[] stream = new GeneratedToa5[1];
        InputSource source = new InputSource() {
            @Override
            public String name() {
                return "generated.dat";
            }

            @Override
            public InputStream open() {
                stream[0] = new GeneratedToa5(bytes);
                return stream[0];
            }
        };
        long rows = 0;
        long values = 0;
        try (RowReader reader = new Toa5Format().open(source, ParseSettings.UTC)) {
            while (reader.next()) {
                rows++;
                for (int c = 0; c < CHANNELS; c++) {
                    if (!Double.isNaN(reader.value(c))) {
                        values++;
                    }
                }
            }
        }
        System.out.println("rows=" + rows + " values=" + values + " generated=" + stream[0].rows());
    }
}
