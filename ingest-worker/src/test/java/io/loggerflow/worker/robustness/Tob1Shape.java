package io.loggerflow.worker.robustness;

import io.loggerflow.parsers.SampleExpectations.Sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A TOB1 sample: five header lines, then fixed-length binary records laid out by line 5's data types.
 * Values are decoded here from the bytes (IEEE4 little-endian, FP2 big-endian), independently of the reader.
 */
final class Tob1Shape implements SampleShape {
    static final int HEADER_LINES = 5;
    private static final Set<String> NOT_CHANNELS = Set.of("SECONDS", "NANOSECONDS", "RECORD");

    private record Field(String name, String type, int offset) {
    }

    private final Sample sample;
    private final byte[] bytes;
    private final int headerEnd;
    private final int recordLength;
    private final int baseRows;
    private final List<Field> fields = new ArrayList<>();
    private final Set<String> channels = new LinkedHashSet<>();

    Tob1Shape(Sample sample, int baseRows) {
        this.sample = sample;
        this.baseRows = baseRows;
        try {
            bytes = Files.readAllBytes(sample.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        headerEnd = Units.afterLines(bytes, HEADER_LINES);
        List<byte[]> header = Units.lines(bytes, 0).subList(0, HEADER_LINES);
        String[] names = cells(header.get(1));
        String[] types = cells(header.get(4));
        int offset = 0;
        for (int i = 0; i < names.length; i++) {
            fields.add(new Field(names[i], types[i], offset));
            offset += size(types[i]);
            if (!NOT_CHANNELS.contains(names[i])) {
                channels.add(names[i]);
            }
        }
        recordLength = offset;
    }

    private static int size(String type) {
        return switch (type) {
            case "FP2", "UINT2", "INT2", "USHORT", "SHORT" -> 2;
            case "IEEE4", "IEEE4L", "IEEE4B", "ULONG", "LONG", "UINT4", "INT4" -> 4;
            default -> throw new IllegalStateException("the corpus does not decode TOB1 type " + type);
        };
    }

    @Override
    public Sample sample() {
        return sample;
    }

    @Override
    public Units base() {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < baseRows && headerEnd + (long) (i + 1) * recordLength <= bytes.length; i++) {
            int from = headerEnd + i * recordLength;
            records.add(java.util.Arrays.copyOfRange(bytes, from, from + recordLength));
        }
        return new Units(Units.lines(java.util.Arrays.copyOf(bytes, headerEnd), 0), records);
    }

    @Override
    public byte[] blankUnit(Random random) {
        return new byte[recordLength]; // SECONDS 0: a logger clock reset to 1990-01-01
    }

    @Override
    public byte[] garbageUnit(Random random) {
        byte[] junk = new byte[recordLength];
        random.nextBytes(junk);
        return junk;
    }

    @Override
    public boolean keepsLineBreaks(byte[] mutant, int offset) {
        return offset < Units.afterLines(mutant, HEADER_LINES);
    }

    /** Complete records plus a partial one at the end, after the header lines the mutant still has. */
    @Override
    public long dataRows(Mutant mutant) {
        int start = Units.afterLines(mutant.bytes(), HEADER_LINES - mutant.removedHeaderLines());
        long rest = mutant.bytes().length - start;
        return rest / recordLength + (rest % recordLength > 0 ? 1 : 0);
    }

    @Override
    public FileValues values(Mutant mutant) {
        FileValues values = new FileValues();
        byte[] b = mutant.bytes();
        int start = Units.afterLines(b, HEADER_LINES - mutant.removedHeaderLines());
        for (int record = start; record + recordLength <= b.length; record += recordLength) {
            for (Field field : fields) {
                double value = decode(b, record + field.offset(), field.type());
                // an IEEE4 field's value is the float itself or, as the reader documents it, its shortest decimal
                double decimal = field.type().startsWith("IEEE4") && !Double.isNaN(value)
                        ? Double.parseDouble(Float.toString((float) value)) : value;
                for (double v : new double[] {value, decimal}) {
                    values.addAnywhere(v);
                    if (channels.contains(field.name())) {
                        values.add(field.name(), v);
                    }
                }
            }
        }
        return values;
    }

    private static double decode(byte[] b, int at, String type) {
        ByteBuffer little = ByteBuffer.wrap(b, at, 4 <= b.length - at ? 4 : b.length - at).order(ByteOrder.LITTLE_ENDIAN);
        return switch (type) {
            case "IEEE4", "IEEE4L" -> little.getFloat();
            case "IEEE4B" -> ByteBuffer.wrap(b, at, 4).order(ByteOrder.BIG_ENDIAN).getFloat();
            case "FP2" -> fp2(((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
            case "ULONG" -> Integer.toUnsignedLong(little.getInt());
            case "LONG" -> little.getInt();
            default -> Double.NaN;
        };
    }

    /** Campbell FP2: sign bit, two bits of decimal places, 13-bit mantissa; mantissas above 7999 are NAN/INF. */
    static double fp2(int word) {
        int mantissa = word & 0x1FFF;
        if (mantissa > 7999) {
            return Double.NaN;
        }
        double value = mantissa / Math.pow(10, (word >> 13) & 0x3);
        return (word & 0x8000) != 0 ? -value : value;
    }

    @Override
    public Set<String> channels() {
        return channels;
    }

    private static String[] cells(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8).strip();
        return java.util.Arrays.stream(text.split(",", -1)).map(c -> c.replace("\"", "")).toArray(String[]::new);
    }
}
