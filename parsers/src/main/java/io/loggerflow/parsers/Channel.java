package io.loggerflow.parsers;

/**
 * One measured column of a logger file, with what the file says about it.
 *
 * @param name      the raw column name, exactly as written in the file (always kept)
 * @param unit      the unit as written by the logger, or null when the format has none
 * @param statistic the on-logger processing as written (TOA5 line 4: Avg, Std, Max, Min, Smp, WVc...), or null
 */
public record Channel(String name, String unit, String statistic) {
    public Channel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a channel needs a name");
        }
    }
}
