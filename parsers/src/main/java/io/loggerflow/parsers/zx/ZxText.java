package io.loggerflow.parsers.zx;

import io.loggerflow.parsers.OptionValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.TextInput;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Option keys, encoding and delimiter / decimal choice for ZX CSV files. */
final class ZxText {
    static final String OPTION_ENCODING = "encoding";
    static final String OPTION_DELIMITER = "delimiter";
    static final String OPTION_DECIMAL = "decimal";
    static final String OPTION_MISSING = "missing";
    static final String OPTION_STAMP_POSITION = "stamp-position";
    static final String OPTION_SKIP = "skip-columns";

    private ZxText() {
    }

    /** The {@code encoding} option, else UTF-8 when the file starts with a BOM, else ISO-8859-1. */
    static Charset charset(byte[] head, ParseSettings settings) {
        return OptionValues.charset(settings, OPTION_ENCODING)
                .orElse(TextInput.hasBom(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /** The {@code delimiter} option: one character, or {@code tab}; null when unset. */
    static Character delimiterOption(ParseSettings settings) {
        var option = settings.option(OPTION_DELIMITER);
        if (option.isEmpty()) {
            return null;
        }
        String value = option.get();
        if (value.equalsIgnoreCase("tab") || value.equals("\t")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new IllegalArgumentException("option " + OPTION_DELIMITER + " must be one character or 'tab', not '"
                    + value + "'");
        }
        return value.charAt(0);
    }

    /** The decimal mark: ',' or '.' from the {@code decimal} option, or 0 for either (the default). */
    static char decimal(ParseSettings settings, char delimiter) {
        String value = settings.option(OPTION_DECIMAL).orElse("auto").trim();
        char mark = switch (value.toLowerCase(Locale.ROOT)) {
            case "auto" -> delimiter == ',' ? '.' : 0;
            case "," -> ',';
            case "." -> '.';
            default -> throw new IllegalArgumentException("option " + OPTION_DECIMAL + " must be ',', '.' or auto, not '"
                    + value + "'");
        };
        if (mark == delimiter) {
            throw new IllegalArgumentException("option " + OPTION_DECIMAL + ": the decimal mark cannot be the delimiter");
        }
        return mark;
    }

    /** The {@code missing} option: numbers separated by '|' (either decimal mark), replacing the defaults. */
    static double[] sentinels(ParseSettings settings, double... defaults) {
        return OptionValues.numbers(settings, OPTION_MISSING, true, defaults);
    }
}
