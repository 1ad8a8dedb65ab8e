package io.loggerflow.parsers.ammonit;

import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The information part of a Meteo CSV file: INI sections ({@code [System]}) of {@code key=value} lines after the
 * data, read in a first pass because the rows before it need what it says (the logger, the clock's zone).
 *
 * @param dataLines how many lines the data part has (the column header included); all when there is no
 *                  information part
 * @param firstLine the 1-based line of the first section title, or 0 without one
 * @param values    {@code section.key} (lower case) to the trimmed value, and the key alone for the first section
 *                  that has it
 */
record AmmonitInfo(long dataLines, long firstLine, Map<String, String> values) {
    private static final Pattern SECTION = Pattern.compile("\\[([^\\[\\]]+)\\]");

    static AmmonitInfo read(InputSource source, Charset charset) throws IOException {
        Map<String, String> values = new HashMap<>();
        long line = 0;
        long first = 0;
        String section = null;
        try (BufferedReader lines = TextInput.lenientReader(source.open(), charset)) {
            for (String text = lines.readLine(); text != null; text = lines.readLine()) {
                line++;
                String trimmed = text.trim();
                var title = SECTION.matcher(trimmed);
                if (line > 1 && title.matches()) {
                    section = title.group(1).trim().toLowerCase(Locale.ROOT);
                    first = first == 0 ? line : first;
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (section != null && eq > 0) {
                    String key = trimmed.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                    String value = trimmed.substring(eq + 1).trim();
                    values.putIfAbsent(section + "." + key, value);
                    values.putIfAbsent(key, value);
                }
            }
        }
        return new AmmonitInfo(first == 0 ? Long.MAX_VALUE : first - 1, first, Map.copyOf(values));
    }

    /** The first of the keys (lower case, with or without a section) that has a value that is not blank. */
    Optional<String> value(String... keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
