/**
 * Windographer text export ({@code windographer}); facts from formats.md section 3 (brightwind loader and
 * demo files).
 *
 * <p><b>Recognition.</b> Line 1 (after an optional UTF-8 BOM) reads {@code Created <date> by Windographer
 * <version>}.
 *
 * <p><b>Header.</b> A free-form preamble: {@code Latitude = ...}, {@code Longitude = ...},
 * {@code Elevation = ...}, {@code Calm threshold = ...}, {@code Included flags: ...},
 * {@code Excluded flags: ...} and a sentence "Time stamps indicate the beginning of the time step."
 * These are kept as written (package-private {@code WindographerReader.headerValues()}); the parser API has
 * no place for site coordinates. The column header is found by content: the first line starting with
 * {@code Date/Time} (at most 1000 lines in). A trailing delimiter on it is ignored. The line directly after it
 * is a units row, a header line and not data, when its first cell is not a timestamp (often {@code Units}),
 * no cell is a number or missing-value marker, none lies beyond the named columns and at least one names a
 * unit; any other line there is data as usual. There is no logger name in the file: the identity is the
 * {@code logger} option, else the file name without extension.
 *
 * <p><b>Delimiter, decimal, encoding.</b> The delimiter is the character after {@code Date/Time} (TAB by
 * default; {@code ,} and {@code ;} also recognised) or the {@code delimiter} option. Decimal {@code .};
 * {@code decimal=,} for locale exports (<i>unconfirmed</i> whether they occur). Encoding {@code auto}:
 * UTF-8 when the first 64 KiB are valid UTF-8, else windows-1252 (<i>unconfirmed</i> which one
 * Windographer writes for {@code °}); the {@code encoding} option forces one. Decoding is strict.
 *
 * <p><b>Timestamps.</b> Column {@code Date/Time}, default pattern {@code dd/MM/yyyy HH:mm[:ss]} (as in the
 * samples; day/month order follows export settings, so {@code timestamp-pattern} changes it). A
 * {@code +00:00} / {@code Z} suffix written in the cell is honoured; otherwise the source's time zone
 * applies. Stamp position as the preamble sentence states (beginning/start = START, end = END, other =
 * UNKNOWN); without the sentence the {@code stamp-position} option, default START (Windographer convention).
 * The interval is not stated.
 *
 * <p><b>Missing values.</b> Empty cells, NaN/INF tokens and the export's "missing" text, which the user
 * chooses: option {@code missing} (comma-separated), default {@code 9999} (brightwind's default). A numeric
 * marker also matches the same number written differently (9999.0).
 *
 * <p><b>Channels.</b> Raw column names are kept. Metadata from the name: a trailing {@code [unit]}, else the
 * units row's cell (empty = no unit);
 * a trailing statistic token (SD, Std, StdDev, Min, Max, Gust, TI, Avg, Mean, Sum, Tot, Count) as written;
 * a height {@code <n> m} or {@code <n>m}; an orientation when a 16-point compass label directly follows the
 * height ({@code Spd80mN}, {@code Speed 80 m N}: N = 0 deg; {@code A} is a sensor label, no orientation);
 * the sensor type is the text before the height in spaced names ({@code Speed 80 m A SD [m/s]} = Speed).
 * A name with no statistic token gets option {@code default-statistic}, default {@code Avg} (Windographer's
 * unsuffixed column is the mean; {@code none} leaves it null).
 *
 * <p><b>Options.</b> {@code delimiter}, {@code decimal}, {@code encoding}, {@code timestamp-pattern},
 * {@code missing}, {@code stamp-position}, {@code default-statistic}, {@code logger}, {@code table}.
 *
 * <p><b>Unconfirmed.</b> Spaced column naming with bracketed units (the public samples use compact names
 * without units), the exact shape of a units row in Windographer's own exports, decimal commas, the
 * character encoding, stamp positions other than "beginning", and any header key besides those listed above.
 */
package io.loggerflow.parsers.windographer;
