package io.loggerflow.parsers.campbell;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.tob1.FieldType;

/**
 * The rules the ASCII header of a Campbell binary file (TOB1, TOB3) sets for its fields: one CSV line each for
 * names, units, processing and data types, every line naming the same fields, every field named, and only
 * numeric fields that are no time of an extreme become channels.
 */
public final class BinaryHeaderFields {
    private BinaryHeaderFields() {
    }

    /** The cells of one header line; an unreadable line is refused. */
    public static String[] parseLine(CsvParser csv, String text, String fileName, int line) {
        try {
            String[] cells = csv.parseLine(text);
            return cells == null ? new String[0] : cells;
        } catch (TextParsingException e) {
            throw new InputFormatException(fileName, line, null, "unreadable CSV header line", e);
        }
    }

    /**
     * Refuses a header whose lines after the field names line disagree with it on the number of fields: the
     * record layout would shift every field after the gap.
     *
     * @param lines     all header lines, line 1 first
     * @param namesLine the 1-based number of the field names line
     * @param lineNames what each line is, for the error
     */
    public static void requireSameFieldCount(String[][] lines, int namesLine, String[] lineNames, String fileName) {
        String[] names = lines[namesLine - 1];
        for (int line = namesLine + 1; line <= lines.length; line++) {
            if (lines[line - 1].length != names.length) {
                throw new InputFormatException(fileName, line, null, "the " + lineNames[line - 1] + " line has "
                        + lines[line - 1].length + " fields but the field names line (line " + namesLine + ") has "
                        + names.length);
            }
        }
    }

    /** The name of field {@code index} (0-based); a field without one is refused. */
    public static String requireName(String[] names, int index, int namesLine, String fileName) {
        String name = HeaderCells.cell(names, index);
        if (name == null) {
            throw new InputFormatException(fileName, namesLine, "#" + (index + 1), "field " + (index + 1)
                    + " has no name");
        }
        return name;
    }

    /** Why a field is no measurement ({@link SkipReasons}, as TOA5 says it), or null for a number. */
    public static String skipReason(String processing, FieldType.Kind kind) {
        String byProcessing = SkipReasons.ofProcessing(processing);
        if (byProcessing != null) {
            return byProcessing;
        }
        return switch (kind) {
            case NUMBER -> null;
            case TIME -> SkipReasons.TIMESTAMP;
            case TEXT -> SkipReasons.TEXT;
            case BITS -> SkipReasons.BITS;
        };
    }
}
