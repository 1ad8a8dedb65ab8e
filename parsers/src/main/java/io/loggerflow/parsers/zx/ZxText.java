package io.loggerflow.parsers.zx;

import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Encoding, number and option helpers for ZX CSV files. */
final class ZxText {
    static final String OPTION_ENCODING = "encoding";
    static final String OPTION_DELIMITER = "delimiter";
    static final String OPTION_DECIMAL = "decimal";
    static final String OPTION_MISSING = "missingValues";
    static final String OPTION_STAMP_POSITION = "stampPosition";
    static final String OPTION_HEADER_ZONE = "useHeaderTimeZone";
    static final String OPTION_SKIP = "skipColumns";

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private ZxText() {
    }

    /** The {@code encoding} option, else UTF-8 when the file starts with a BOM, else ISO-8859-1. */
    static Charset charset(byte[] head, ParseSettings settings) {
        var option = settings.option(OPTION_ENCODING);
        if (option.isPresent()) {
            try {
                return Charset.forName(option.get().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("option " + OPTION_ENCODING + ": unknown charset '" + option.get() + "'", e);
            }
        }
        return TextInput.hasBom(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    /** A buffered reader with a UTF-8 BOM skipped; undecodable bytes become U+FFFD (refused in the header lines). */
    static BufferedReader reader(InputStream in, Charset charset) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in, 64 * 1024);
        if (charset.equals(StandardCharsets.UTF_8)) {
            buffered.mark(3);
            if (!TextInput.hasBom(buffered.readNBytes(3))) {
                buffered.reset();
            }
        }
        return new BufferedReader(new InputStreamReader(buffered, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
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

    /**
     * Parses a numeric cell with the given decimal mark (0 = ',' or '.'): NaN for missing-value tokens and sentinels.
     *
     * @throws NumberFormatException when the cell is not a plain decimal number
     */
    static double number(String cell, char decimal, double[] sentinels) {
        if (MissingValues.isMissing(cell)) {
            return Double.NaN;
        }
        String text = cell.trim();
        boolean comma = text.indexOf(',') >= 0;
        boolean point = text.indexOf('.') >= 0;
        if (comma && (point || decimal == '.')) {
            throw new NumberFormatException(text);
        }
        if (point && decimal == ',') {
            throw new NumberFormatException(text);
        }
        if (comma) {
            text = text.replace(',', '.');
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new NumberFormatException(text);
        }
        double value = Double.parseDouble(text);
        for (double sentinel : sentinels) {
            if (value == sentinel) {
                return Double.NaN;
            }
        }
        return Double.isInfinite(value) ? Double.NaN : value;
    }

    /** The {@code missingValues} option: numbers separated by '|' (either decimal mark), replacing the defaults. */
    static double[] sentinels(ParseSettings settings, double... defaults) {
        var option = settings.option(OPTION_MISSING);
        if (option.isEmpty()) {
            return defaults;
        }
        String[] parts = option.get().split("\\|");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + OPTION_MISSING + ": '" + parts[i].trim()
                        + "' is not a number (separate values with '|')", e);
            }
        }
        return values;
    }

    static StampPosition stampPositionOption(ParseSettings settings) {
        var option = settings.option(OPTION_STAMP_POSITION);
        if (option.isEmpty()) {
            return StampPosition.UNKNOWN;
        }
        try {
            return StampPosition.valueOf(option.get().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + OPTION_STAMP_POSITION + " must be START, END or UNKNOWN, not '"
                    + option.get() + "'", e);
        }
    }

    static boolean flag(ParseSettings settings, String key, boolean fallback) {
        var option = settings.option(key);
        if (option.isEmpty()) {
            return fallback;
        }
        String value = option.get().trim();
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("option " + key + " must be true or false, not '" + value + "'");
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
