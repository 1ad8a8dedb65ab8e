package io.loggerflow.parsers.campbell;

import io.loggerflow.parsers.DelimitedRecords;
import io.loggerflow.parsers.InputFormatException;

/** The header lines at the top of a Campbell text file (TOA5, TOACI1): present, and of the right file type. */
public final class TextHeaderLines {
    private TextHeaderLines() {
    }

    /** The next header line; a file that ends before it is refused, naming the line it lacks. */
    public static String[] next(DelimitedRecords records, String fileName, String type, int headerLines, String what) {
        String[] line = records.next();
        if (line == null) {
            throw new InputFormatException(fileName, 0, null, "the file ends inside the " + headerLines + "-line "
                    + type + " header (missing " + what + " line)");
        }
        return line;
    }

    /** Refuses a file whose environment line (line 1) does not start with the file type, e.g. TOA5. */
    public static void requireType(String[] environment, String fileName, String type) {
        if (environment.length < 1 || environment[0] == null || !environment[0].trim().equals(type)) {
            throw new InputFormatException(fileName, 1, null, "not a " + type + " file: the first field of line 1 must be "
                    + type);
        }
    }
}
