package io.loggerflow.parsers.windcube;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Encoding choice, strict number parsing and option helpers for .sta files. */
final class StaText {
    static final String OPTION_ENCODING = "encoding";
    static final String OPTION_MISSING = "missingValues";
    static final String OPTION_STAMP_POSITION = "stampPosition";

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private StaText() {
    }

    /**
     * The charset to decode a file with: the {@code encoding} option when set; else UTF-8 when the file starts
     * with a UTF-8 BOM or its first 64 KiB are valid UTF-8 containing a multi-byte '°'; else ISO-8859-1
     * (the vendor writes '°' as the single byte 0xB0).
     */
    static Charset charset(InputSource source, ParseSettings settings) throws IOException {
        var option = settings.option(OPTION_ENCODING);
        if (option.isPresent()) {
            try {
                return Charset.forName(option.get().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("option " + OPTION_ENCODING + ": unknown charset '" + option.get() + "'", e);
            }
        }
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return TextInput.hasBom(head) || isUtf8WithDegreeSign(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
    }

    private static boolean isUtf8WithDegreeSign(byte[] head) {
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') {
            end--; // decode whole lines only, so a sequence cut at the sniff limit is no reason to refuse
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end)).toString();
            return text.indexOf('\u00B0') >= 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A buffered reader with a UTF-8 BOM skipped. Undecodable bytes become U+FFFD; the reader refuses header lines
     * containing it (with their line number) and such a data cell is "not a number", so nothing passes silently.
     */
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

    /**
     * Parses a numeric cell: NaN for missing-value tokens (NaN, empty...) and for the given sentinels.
     *
     * @throws NumberFormatException when the cell is not a plain decimal number
     */
    static double number(String cell, double[] sentinels) {
        if (MissingValues.isMissing(cell)) {
            return Double.NaN;
        }
        String text = cell.trim();
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

    /** The {@code missingValues} option: numbers separated by '|', each read as missing. */
    static double[] sentinels(ParseSettings settings, double... defaults) {
        var option = settings.option(OPTION_MISSING);
        if (option.isEmpty()) {
            return defaults;
        }
        String[] parts = option.get().split("\\|");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + OPTION_MISSING + ": '" + parts[i].trim()
                        + "' is not a number (separate values with '|')", e);
            }
        }
        return values;
    }

    /** The {@code stampPosition} option (START, END or UNKNOWN), or UNKNOWN when unset. */
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
