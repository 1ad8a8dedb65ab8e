package io.loggerflow.parsers.tob1;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TOB1 data type from header line 5: its size in bytes and how its bytes become a double.
 * Byte orders follow Campbell's BMP5 "Data Types Summary" (ULONG/LONG/USHORT/SHORT/IEEE4L/IEEE8L least
 * significant byte first; UINT2/UINT4/INT2/INT4/IEEE4B/IEEE8B/FP2 most significant byte first) and were
 * checked against a public CR1000X TOB1 file and its TOA5 conversion (plain IEEE4 is little-endian).
 * Public so that TOB3, whose records use the same data types, decodes them the same way.
 */
public final class FieldType {

    /** What a field holds: a number (a channel), or something loggerflow does not store (text, time, bits). */
    public enum Kind { NUMBER, TEXT, TIME, BITS }

    /** Decodes a field's bytes; NaN for the format's own not-a-number / infinity words. */
    @FunctionalInterface
    interface Decoder {
        double decode(byte[] record, int offset);
    }

    /** Option naming the byte order of the unsuffixed IEEE8 type, which is unconfirmed. */
    public static final String IEEE8_BYTE_ORDER_OPTION = "ieee8-byte-order";

    private static final Pattern ASCII = Pattern.compile("ASCII\\((\\d{1,6})\\)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, FieldType> FIXED = Map.ofEntries(
            number("IEEE4", 4, (b, o) -> fromFloat(Float.intBitsToFloat((int) unsigned(b, o, 4, false)))),
            number("IEEE4L", 4, (b, o) -> fromFloat(Float.intBitsToFloat((int) unsigned(b, o, 4, false)))),
            number("IEEE4B", 4, (b, o) -> fromFloat(Float.intBitsToFloat((int) unsigned(b, o, 4, true)))),
            number("IEEE8L", 8, (b, o) -> fromDouble(Double.longBitsToDouble(unsigned(b, o, 8, false)))),
            number("IEEE8B", 8, (b, o) -> fromDouble(Double.longBitsToDouble(unsigned(b, o, 8, true)))),
            number("FP2", 2, (b, o) -> Fp2.decode((int) unsigned(b, o, 2, true))),
            integer("ULONG", 4, (b, o) -> unsigned(b, o, 4, false)),
            integer("LONG", 4, (b, o) -> signed(b, o, 4, false)),
            integer("UINT4", 4, (b, o) -> unsigned(b, o, 4, true)),
            integer("INT4", 4, (b, o) -> signed(b, o, 4, true)),
            integer("USHORT", 2, (b, o) -> unsigned(b, o, 2, false)),
            integer("SHORT", 2, (b, o) -> signed(b, o, 2, false)),
            integer("UINT2", 2, (b, o) -> unsigned(b, o, 2, true)),
            integer("INT2", 2, (b, o) -> signed(b, o, 2, true)),
            integer("UINT1", 1, (b, o) -> unsigned(b, o, 1, true)),
            integer("INT1", 1, (b, o) -> signed(b, o, 1, true)),
            // Booleans: any non-zero byte is TRUE, which Campbell writes as -1 in TOA5
            number("BOOL", 1, (b, o) -> unsigned(b, o, 1, true) == 0 ? 0 : -1),
            number("BOOL2", 2, (b, o) -> unsigned(b, o, 2, true) == 0 ? 0 : -1),
            number("BOOL4", 4, (b, o) -> unsigned(b, o, 4, true) == 0 ? 0 : -1),
            other("BOOL8", 1, Kind.BITS),
            other("SECNANO", 8, Kind.TIME),
            other("NSEC", 8, Kind.TIME),
            other("USEC", 6, Kind.TIME),
            other("SEC", 4, Kind.TIME));

    private final String name;
    private final int size;
    private final Kind kind;
    private final boolean integral;
    private final Decoder decoder;

    private FieldType(String name, int size, Kind kind, boolean integral, Decoder decoder) {
        this.name = name;
        this.size = size;
        this.kind = kind;
        this.integral = integral;
        this.decoder = decoder;
    }

    /**
     * The type written in header line 5.
     *
     * @throws IllegalArgumentException naming the reason when the type is unknown or unsupported
     */
    public static FieldType parse(String text, Optional<String> ieee8ByteOrder) {
        String type = text == null ? "" : text.trim();
        Matcher ascii = ASCII.matcher(type);
        if (ascii.matches()) {
            int length = Integer.parseInt(ascii.group(1));
            if (length == 0) {
                throw new IllegalArgumentException("ASCII(0) has no bytes");
            }
            return new FieldType(type, length, Kind.TEXT, false, null);
        }
        String key = type.toUpperCase(Locale.ROOT);
        FieldType fixed = FIXED.get(key);
        if (fixed != null) {
            return fixed;
        }
        if (key.equals("IEEE8")) {
            return ieee8(ieee8ByteOrder);
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("no data type given");
        }
        throw new IllegalArgumentException("unsupported TOB1 data type '" + type + "' (supported: "
                + String.join(", ", new java.util.TreeSet<>(FIXED.keySet())) + ", ASCII(n), and IEEE8 with option "
                + IEEE8_BYTE_ORDER_OPTION + ")");
    }

    private static FieldType ieee8(Optional<String> byteOrder) {
        String order = byteOrder.map(o -> o.trim().toLowerCase(Locale.ROOT)).orElse("");
        switch (order) {
            case "big":
                return new FieldType("IEEE8", 8, Kind.NUMBER, false,
                        (b, o) -> fromDouble(Double.longBitsToDouble(unsigned(b, o, 8, true))));
            case "little":
                return new FieldType("IEEE8", 8, Kind.NUMBER, false,
                        (b, o) -> fromDouble(Double.longBitsToDouble(unsigned(b, o, 8, false))));
            case "":
                throw new IllegalArgumentException("the byte order of IEEE8 in TOB1 files is unconfirmed; set option "
                        + IEEE8_BYTE_ORDER_OPTION + " to big or little");
            default:
                throw new IllegalArgumentException("option " + IEEE8_BYTE_ORDER_OPTION + " must be big or little, not '"
                        + byteOrder.get() + "'");
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public Kind kind() {
        return kind;
    }

    /** True for integer types, the only ones accepted for SECONDS and NANOSECONDS. */
    boolean integral() {
        return integral;
    }

    public double decode(byte[] record, int offset) {
        return decoder.decode(record, offset);
    }

    private static Map.Entry<String, FieldType> number(String name, int size, Decoder decoder) {
        return Map.entry(name, new FieldType(name, size, Kind.NUMBER, false, decoder));
    }

    private static Map.Entry<String, FieldType> integer(String name, int size, Decoder decoder) {
        return Map.entry(name, new FieldType(name, size, Kind.NUMBER, true, decoder));
    }

    private static Map.Entry<String, FieldType> other(String name, int size, Kind kind) {
        return Map.entry(name, new FieldType(name, size, kind, false, null));
    }

    /** Unsigned integer of {@code size} bytes (for size 8 the raw 64 bits). */
    static long unsigned(byte[] bytes, int offset, int size, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int index = bigEndian ? offset + i : offset + size - 1 - i;
            value = (value << 8) | (bytes[index] & 0xFF);
        }
        return value;
    }

    static long signed(byte[] bytes, int offset, int size, boolean bigEndian) {
        int shift = 64 - 8 * size;
        return (unsigned(bytes, offset, size, bigEndian) << shift) >> shift;
    }

    /**
     * A float as the double of its shortest decimal form (8.387f becomes 8.387, not 8.38700008392334), so values
     * match what the logger would print in TOA5 to float precision; NaN and infinities become NaN.
     */
    static double fromFloat(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return Double.NaN;
        }
        return Double.parseDouble(Float.toString(value));
    }

    private static double fromDouble(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? Double.NaN : value;
    }
}
