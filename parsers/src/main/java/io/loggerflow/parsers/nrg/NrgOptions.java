package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.StampPosition;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * The {@link ParseSettings#options()} both NRG formats understand; see the package documentation.
 * Unknown keys are ignored (the options map may be shared), bad values of known keys are refused.
 */
record NrgOptions(StampPosition stampPosition, MissingMarkers missing, Charset charset, boolean headerTimeZone) {
    static final String STAMP_POSITION = "stamp-position";
    static final String MISSING = "missing";
    static final String ENCODING = "encoding";
    static final String TIME_ZONE_SOURCE = "time-zone-source";

    static NrgOptions of(ParseSettings settings) {
        return new NrgOptions(
                settings.option(STAMP_POSITION).map(NrgOptions::stampPosition).orElse(StampPosition.START),
                MissingMarkers.of(settings.option(MISSING).orElse("")),
                settings.option(ENCODING).map(NrgOptions::charset).orElse(StandardCharsets.ISO_8859_1),
                settings.option(TIME_ZONE_SOURCE).map(NrgOptions::headerTimeZone).orElse(true));
    }

    private static StampPosition stampPosition(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "start" -> StampPosition.START;
            case "end" -> StampPosition.END;
            case "unknown" -> StampPosition.UNKNOWN;
            default -> throw bad(STAMP_POSITION, value, "start, end or unknown");
        };
    }

    private static Charset charset(String value) {
        try {
            return Charset.forName(value.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw bad(ENCODING, value, "a charset name such as ISO-8859-1, windows-1252 or UTF-8");
        }
    }

    private static boolean headerTimeZone(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "header" -> true;
            case "settings" -> false;
            default -> throw bad(TIME_ZONE_SOURCE, value, "header or settings");
        };
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException("option " + key + ": expected " + expected + " but got '" + value + "'");
    }
}
