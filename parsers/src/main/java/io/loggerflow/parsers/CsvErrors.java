package io.loggerflow.parsers;

import com.univocity.parsers.common.TextParsingException;

/** Turns Univocity parser failures into {@link InputFormatException}s naming file and line. */
public final class CsvErrors {
    /** Reason for a field longer, or a line wider, than the parser allows. */
    public static final String LIMITS = "a field or the number of fields exceeds the parser's limits";
    /** {@link #LIMITS} with the limits of {@link CsvParsing#quoted}. */
    public static final String LIMITS_STATED = LIMITS + " (64 KiB per field, 8192 fields)";

    private CsvErrors() {
    }

    /**
     * The file line of the failure: {@code offset} (lines read before the parser started) plus the parser's
     * 1-based line, which is taken as at least {@code minLine} (Univocity reports -1 when it does not know).
     */
    public static long line(TextParsingException e, long offset, long minLine) {
        return offset + Math.max(e.getLineIndex() + 1, minLine);
    }

    /**
     * {@code limits} when the parser ran out of room, else {@code unreadable + ": "} and the first line of the
     * parser's message; the exception keeps {@code e} as its cause.
     */
    public static InputFormatException translate(String fileName, long line, TextParsingException e, String limits,
                                                 String unreadable) {
        String reason = causedBy(e, ArrayIndexOutOfBoundsException.class)
                ? limits
                : unreadable + ": " + firstLine(e.getMessage());
        return new InputFormatException(fileName, line, null, reason, e);
    }

    /** True when a cause of {@code e} (not {@code e} itself) is a {@code type}. */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The message up to its first '\n' (Univocity appends the parser configuration), or "unknown error". */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
