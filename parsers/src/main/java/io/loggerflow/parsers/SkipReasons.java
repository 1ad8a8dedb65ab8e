package io.loggerflow.parsers;

/**
 * The reasons {@link SkippedColumn}s give, the same words in every format, so that a TOA5 and a TOB1 of one
 * table list the same columns the same way.
 */
public final class SkipReasons {
    public static final String TIME_OF_MAXIMUM = "time of maximum (TMx)";
    public static final String TIME_OF_MINIMUM = "time of minimum (TMn)";
    public static final String TIMESTAMP = "timestamp column";
    public static final String TEXT = "text column";
    public static final String BITS = "bit field";
    /** A logger's record counter written as a column of its own (TOACI1 {@code RECNBR}). */
    public static final String RECORD_NUMBER = "record number";

    private SkipReasons() {
    }

    /**
     * The reason for a Campbell column whose processing ({@code TMx}, {@code TMn}) makes it a time, else null.
     * CRBasic writes the time of a {@code Maximum}/{@code Minimum} next to its value with these words.
     */
    public static String ofProcessing(String processing) {
        if (processing == null) {
            return null;
        }
        String p = processing.trim();
        if (p.equalsIgnoreCase("TMx")) {
            return TIME_OF_MAXIMUM;
        }
        if (p.equalsIgnoreCase("TMn")) {
            return TIME_OF_MINIMUM;
        }
        return null;
    }
}
