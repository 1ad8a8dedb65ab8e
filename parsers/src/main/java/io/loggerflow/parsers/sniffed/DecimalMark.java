package io.loggerflow.parsers.sniffed;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The decimal mark the values show. With a comma delimiter it is the point. Otherwise a comma is the mark only
 * when some value proves it: a comma a thousands separator could not be (not three digits after it, or a
 * lone {@code 0} or more than three digits before it). Values with commas that prove nothing, or with commas
 * and points both, leave the mark open.
 */
final class DecimalMark {
    private static final Pattern COMMA = Pattern.compile("[+-]?(\\d+),(\\d+)");
    private static final Pattern POINT = Pattern.compile("[+-]?\\d*\\.\\d+");

    private DecimalMark() {
    }

    static char sniff(List<String[]> data, Set<Integer> stampColumns, char delimiter) throws Doubt {
        if (delimiter == ',') {
            return '.';
        }
        String comma = null;
        String provingComma = null;
        String point = null;
        for (String[] row : data) {
            for (int c = 0; c < row.length; c++) {
                if (stampColumns.contains(c) || row[c] == null) {
                    continue;
                }
                String cell = row[c].trim();
                var m = COMMA.matcher(cell);
                if (m.matches()) {
                    comma = comma == null ? cell : comma;
                    if (provingComma == null && proves(m.group(1), m.group(2))) {
                        provingComma = cell;
                    }
                } else if (point == null && POINT.matcher(cell).matches()) {
                    point = cell;
                }
            }
        }
        if (comma != null && point != null) {
            throw new Doubt("the values show both decimal marks ('" + point + "' and '" + comma + "')", "decimal",
                    provingComma != null ? "," : ".");
        }
        if (comma != null && provingComma == null) {
            throw new Doubt("a comma in values like '" + comma + "' may be a decimal mark or a thousands separator",
                    "decimal", ",");
        }
        return comma != null ? ',' : '.';
    }

    private static boolean proves(String whole, String fraction) {
        String digits = whole.replaceFirst("^[+-]", "");
        return fraction.length() != 3 || digits.equals("0") || digits.length() > 3;
    }
}
