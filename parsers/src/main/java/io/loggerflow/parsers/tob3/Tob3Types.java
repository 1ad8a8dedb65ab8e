package io.loggerflow.parsers.tob3;

import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.tob1.FieldType;

import java.util.Locale;

/**
 * The data types of header line 6. They are TOB1's ({@link FieldType}: the same names, sizes and byte orders,
 * checked for TOB3 against a public CR1000X card file) plus FP4.
 */
final class Tob3Types {

    /** A type's kind, size and decoder (null for what is not a number). */
    record Type(FieldType.Kind kind, int size, Tob3Field.Decoder decoder) {
    }

    private Tob3Types() {
    }

    static Type parse(String text, ParseSettings settings) {
        String name = text == null ? "" : text.trim();
        if (name.equalsIgnoreCase("FP4")) {
            return new Type(FieldType.Kind.NUMBER, 4, fp4(settings));
        }
        FieldType type = FieldType.parse(name, settings.option(FieldType.IEEE8_BYTE_ORDER_OPTION));
        return new Type(type.kind(), type.size(), type.kind() == FieldType.Kind.NUMBER ? type::decode : null);
    }

    private static Tob3Field.Decoder fp4(ParseSettings settings) {
        String order = settings.option(Fp4.BYTE_ORDER_OPTION).orElse("little").trim().toLowerCase(Locale.ROOT);
        return switch (order) {
            case "little" -> (b, o) -> Fp4.decode(word(b, o, false));
            case "big" -> (b, o) -> Fp4.decode(word(b, o, true));
            default -> throw new IllegalArgumentException("option " + Fp4.BYTE_ORDER_OPTION
                    + " must be big or little, not '" + order + "'");
        };
    }

    private static long word(byte[] b, int o, boolean bigEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (b[bigEndian ? o + i : o + 3 - i] & 0xFF);
        }
        return value;
    }
}
