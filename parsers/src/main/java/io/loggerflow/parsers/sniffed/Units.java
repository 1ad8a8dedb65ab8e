package io.loggerflow.parsers.sniffed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's unit as the file writes it: the cell of the units line ({@code m/s}, {@code [m/s]}, {@code (deg)}),
 * else a bracketed unit closing the column name ({@code Temp 2m [°C]}, {@code WS 80m (m/s)}). Brackets removed.
 */
final class Units {
    private static final Pattern BRACKETED = Pattern.compile("^\\s*[\\[(]\\s*(.*?)\\s*[\\])]\\s*$");
    private static final Pattern NAME_SUFFIX = Pattern.compile(".*?[\\[(]\\s*([^\\[\\]()]+?)\\s*[\\])]\\s*$");

    private Units() {
    }

    /** The unit of a column; null when neither the units cell nor the name states one. */
    static String of(String unitsCell, String name) {
        if (unitsCell != null && !unitsCell.isBlank()) {
            Matcher m = BRACKETED.matcher(unitsCell);
            String unit = m.matches() ? m.group(1) : unitsCell.trim();
            return unit.isEmpty() ? null : unit;
        }
        Matcher m = NAME_SUFFIX.matcher(name);
        return m.matches() ? m.group(1) : null;
    }
}
