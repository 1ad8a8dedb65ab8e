/**
 * Configurable delimited-text formats for loggers without a dedicated parser, plus the small helpers
 * (strict decoding, numbers, timestamps, options) the Windographer parser shares.
 *
 * <h2>{@code generic-tidy} ({@link io.loggerflow.parsers.generic.TidyCsvFormat})</h2>
 * <p><b>Recognition.</b> Only when line 1 is exactly {@code timestamp,sensor,value} or
 * {@code timestamp,sensor,value,unit} (case-insensitive, names optionally double-quoted, separated by
 * {@code ,}, {@code ;} or TAB, optional UTF-8 BOM). With other column names select it explicitly.
 * <p><b>Layout.</b> Header line 1; one data line per timestamp, sensor and value; columns found by name,
 * in any order; other columns ignored. Delimiter: the {@code delimiter} option, else the most frequent of
 * {@code ,} {@code ;} TAB in the header line. Double quotes are CSV quotes.
 * <p><b>Streaming.</b> {@code open()} makes a first pass over the file collecting the distinct sensors
 * and units in first-seen order (one entry per sensor, at most {@code max-sensors}); the reader then
 * streams again and turns each run of consecutive lines with the same timestamp into one wide row.
 * A sensor without a line in a run is NaN. Timestamps going backwards and a sensor repeated within one
 * timestamp are input errors naming the line; so is a sensor whose unit changes.
 * {@code lineNumber()} is the first line of the run.
 * <p><b>Options.</b> {@code timestamp-column} (default {@code timestamp}), {@code sensor-column}
 * ({@code sensor}), {@code value-column} ({@code value}), {@code unit-column} ({@code unit}, optional),
 * {@code delimiter}, {@code decimal}, {@code encoding}, {@code timestamp-pattern}, {@code missing},
 * {@code stamp-position} (default unknown), {@code interval}, {@code logger}, {@code table},
 * {@code max-sensors} (default 10000).
 *
 * <h2>{@code generic-wide} ({@link io.loggerflow.parsers.generic.WideCsvFormat})</h2>
 * <p><b>Recognition.</b> Never detected ({@code detect} is false): configuration must name the format.
 * <p><b>Layout.</b> Lines before {@code header-line} are ignored; the header line holds the column names;
 * data start at {@code data-start-line}. Every column that is neither a timestamp column nor listed in
 * {@code skip-columns} is a channel named exactly as in the header. Empty trailing header cells are
 * ignored; empty or duplicate names are errors. Options naming absent columns are input errors
 * naming the header line, so a mapping does not silently apply to the wrong file.
 * <p><b>Options.</b>
 * <ul>
 *   <li>{@code delimiter}: {@code ,} (default), {@code ;}, {@code |} or {@code tab};</li>
 *   <li>{@code decimal}: {@code .} (default) or {@code ,};</li>
 *   <li>{@code encoding}: Java charset name, default UTF-8;</li>
 *   <li>{@code header-line}: 1-based line of the column names, default 1;</li>
 *   <li>{@code data-start-line}: 1-based first data line, default header-line + 1;</li>
 *   <li>{@code timestamp-columns}: one column name, or two ({@code date,time}) joined with a space;
 *       default the first column;</li>
 *   <li>{@code timestamp-pattern}: DateTimeFormatter pattern, default ISO-8601;</li>
 *   <li>{@code missing}: extra comma-separated missing-value markers;</li>
 *   <li>{@code stamp-position}: {@code start}, {@code end} or {@code unknown} (default);</li>
 *   <li>{@code interval}: minutes or ISO-8601 duration, default not stated;</li>
 *   <li>{@code skip-columns}: comma-separated column names that are not channels;</li>
 *   <li>{@code logger} (default: file name without extension) and {@code table} (default empty);</li>
 *   <li>{@code column.<raw name>.unit|statistic|height|orientation|type}: channel metadata; height in
 *       metres ({@code 80} or {@code 80m}), orientation in degrees or a compass point. In a
 *       {@code .properties} file a space in the name is written {@code \ }.</li>
 * </ul>
 * See {@code sample-data/generic/ammonit-like.mapping.properties} for a commented example.
 *
 * <h2>Common rules</h2>
 * <p><b>Encoding.</b> UTF-8 by default, BOM skipped; decoding is strict and line by line, so a bad byte
 * is an input error naming its line. <b>Numbers:</b> plain decimal numbers only (no thousands separators;
 * with {@code decimal=,} a point is refused). <b>Missing values:</b> empty cells, NaN/INF/NULL tokens and
 * the {@code missing} markers; a numeric marker also matches the same number written differently.
 * <b>Timestamps:</b> ISO-8601 {@code yyyy-MM-dd[T| ]HH:mm[:ss[.f]]} with an optional {@code +HH:MM}/{@code Z}
 * offset, or {@code timestamp-pattern} ({@code y} is read as {@code u}; strict calendar). An offset written
 * in the cell wins; otherwise the source's time zone applies. Option errors are
 * {@link java.lang.IllegalArgumentException}s naming the format and key; file errors are
 * {@link io.loggerflow.parsers.InputFormatException}s naming file, line and column.
 *
 * <p><b>Unconfirmed.</b> The Ammonit Meteo-40 layout the sample imitates (formats.md section 6): the sample
 * and mapping show a plausible shape only.
 */
package io.loggerflow.parsers.generic;
