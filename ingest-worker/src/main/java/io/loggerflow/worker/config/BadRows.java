package io.loggerflow.worker.config;

/**
 * What a bad row of a file means (options {@code bad-rows} and {@code bad-rows-max-share}): a row cut short,
 * with an unreadable stamp or cell, or stamped years away from the file's other rows.
 *
 * @param skip     leave bad rows out, counted and reported; false: refuse the file at its first bad row
 * @param maxShare with {@code skip}, the share of a file's rows (0..1) that may be bad; above it the file is
 *                 refused, because so many bad rows mean a wrong format or mapping rather than damage
 */
public record BadRows(boolean skip, double maxShare) {
    /** The defaults of {@code bad-rows} and {@code bad-rows-max-share}. */
    public static final BadRows DEFAULT = new BadRows(true, 0.10);
    /** {@code bad-rows = fail}. */
    public static final BadRows FAIL = new BadRows(false, 0);

    static final ValueType MAX_SHARE_TYPE = ValueType.percent(0, 100);

    public BadRows {
        if (!(maxShare >= 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("maxShare must be between 0 and 1, not " + maxShare);
        }
    }

    /** The share as the option is written, e.g. {@code 10%}. */
    public String shownMaxShare() {
        double percent = maxShare * 100;
        return (percent == Math.rint(percent) ? String.valueOf(Math.round(percent)) : String.valueOf(percent)) + "%";
    }
}
