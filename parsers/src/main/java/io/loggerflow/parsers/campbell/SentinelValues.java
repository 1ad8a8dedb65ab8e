package io.loggerflow.parsers.campbell;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.ParseSettings;

import java.util.Arrays;

/**
 * The values a Campbell binary file (TOB1, TOB3) holds for "no measurement", as the {@value #OPTION} option
 * lists them (e.g. {@code -99999,7999}): a binary cell has no NAN text, so a program's sentinel is all there is.
 */
public final class SentinelValues {
    /** Option: comma-separated numbers that mean "missing" in the file's binary values. */
    public static final String OPTION = "missing";

    private final double[] sentinels;

    private SentinelValues(double[] sentinels) {
        this.sentinels = sentinels;
    }

    /** The sentinels the option lists; none when it is not set. */
    public static SentinelValues of(ParseSettings settings) {
        return new SentinelValues(Arrays.stream(settings.option(OPTION).orElse("").split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .mapToDouble(s -> {
                    try {
                        return Double.parseDouble(s);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("option " + OPTION + ": '" + s + "' is not a number", e);
                    }
                })
                .toArray());
    }

    /** NaN for a sentinel, else the value itself. */
    public double screen(double value) {
        return Cells.isAny(value, sentinels) ? Double.NaN : value;
    }
}
