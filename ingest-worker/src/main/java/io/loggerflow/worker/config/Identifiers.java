package io.loggerflow.worker.config;

import java.util.regex.Pattern;

/** Validation of names that come from configuration and end up in folder names. */
public final class Identifiers {
    // Site names become archive folder names: keep them to a portable, traversal-free alphabet.
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");

    private Identifiers() {
    }

    public static String requireSiteName(String value, String key) {
        if (value == null || !SITE.matcher(value).matches() || value.contains("..")) {
            throw new ConfigException(key + " must be 1-63 letters, digits, '.', '_' or '-' (starting with a letter or"
                    + " digit), not '" + value + "'");
        }
        return value;
    }
}
