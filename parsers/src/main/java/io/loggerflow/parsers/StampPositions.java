package io.loggerflow.parsers;

import java.util.Locale;

/** Reads a {@link StampPosition} named in configuration. */
public final class StampPositions {
    private StampPositions() {
    }

    /** START, END or UNKNOWN in any letter case (the text is not trimmed); null for anything else. */
    public static StampPosition parse(String text) {
        try {
            return StampPosition.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Option {@code key} (trimmed, any case), or UNKNOWN when unset.
     *
     * @throws IllegalArgumentException "option KEY must be START, END or UNKNOWN, not 'VALUE'"
     */
    public static StampPosition option(ParseSettings settings, String key) {
        var option = settings.option(key);
        if (option.isEmpty()) {
            return StampPosition.UNKNOWN;
        }
        StampPosition position = parse(option.get().trim());
        if (position == null) {
            throw new IllegalArgumentException("option " + key + " must be START, END or UNKNOWN, not '"
                    + option.get() + "'");
        }
        return position;
    }
}
