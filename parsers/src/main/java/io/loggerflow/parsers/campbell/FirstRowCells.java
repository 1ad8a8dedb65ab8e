package io.loggerflow.parsers.campbell;

import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.StampParser;
import io.loggerflow.parsers.TextInput;

/**
 * What a Campbell text file's first data row tells of a column: the header does not say whether a column holds
 * numbers, so its first cell does.
 */
public final class FirstRowCells {
    private FirstRowCells() {
    }

    /**
     * Why the column of this first-row cell is no measurement, or null: {@link SkipReasons#TIMESTAMP} or
     * {@link SkipReasons#TEXT} for a cell that is neither a number nor a missing-value marker. A cell that is
     * absent, empty or NAN says nothing, and one that looks like a damaged number is one bad row: in both cases
     * its column stays a channel.
     */
    public static String skipReason(String firstCell) {
        if (firstCell == null) {
            return null;
        }
        try {
            MissingValues.parse(firstCell);
            return null;
        } catch (NumberFormatException e) {
            if (StampParser.looksLikeTimestamp(firstCell)) {
                return SkipReasons.TIMESTAMP;
            }
            return looksLikeDamagedNumber(firstCell) ? null : SkipReasons.TEXT;
        }
    }

    /**
     * A number with one character gone wrong ({@code 5.2a}, a control character shown as the replacement
     * character): a damaged first row must not turn a measured column into a text column and drop all of it,
     * so such a column stays a channel and the damaged cell is one bad row.
     */
    static boolean looksLikeDamagedNumber(String cell) {
        String text = cell.strip();
        if (text.indexOf(TextInput.REPLACEMENT) >= 0) {
            return true;
        }
        if (text.isEmpty() || text.length() > 24 || "0123456789+-.".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("0123456789+-.eE".indexOf(text.charAt(i)) < 0) {
                odd++;
            }
        }
        return odd <= 1;
    }
}
