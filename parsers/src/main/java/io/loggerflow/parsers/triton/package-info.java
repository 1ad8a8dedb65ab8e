/**
 * Vaisala / Second Wind Triton sodar CSV exports, format name {@code triton-csv}.
 * Sources: the description of real exports (title lines, a header and a units row, ';', decimal comma in
 * some exports, {@code dd.MM.yyyy HH:mm} stamps, one column per quantity and height); the WFIP2 Triton data set
 * descriptions (data.openei.org, "Sodar - Vaisala Triton Wind Profiler", a quality factor 0-100 % and the vertical
 * speed per time and height). No public export file was found: the exact title text and column names are
 * <b>unconfirmed</b>, hence every choice below is an option.
 *
 * <h2>Recognition</h2>
 * Line 1 (optional UTF-8 BOM) contains the word {@code Triton}, any case.
 *
 * <h2>Header</h2>
 * Title lines up to the column header: the first line whose first cell is {@code Date/Time}, {@code Timestamp},
 * {@code Date} (any case); at most 50 lines. {@code Key: value} items of title lines (separated by ';' or TAB)
 * give the identity: logger and serial from {@code Unit}, else {@code Serial}, {@code Serial Number},
 * {@code System}, {@code Sodar}; without one the {@link io.loggerflow.parsers.LoggerNames logger-name fallback}.
 * Model {@code Triton}; table = option {@code table} (default empty). The line after the header is the units row
 * when its first cell is empty or not a date.
 *
 * <h2>Text</h2>
 * Delimiter ';' when the header has one, else TAB, else ','; no quoting. Decimal mark ',' or '.' per cell.
 * Encoding ISO-8859-1 (UTF-8 with a BOM) unless option {@code encoding}.
 *
 * <h2>Timestamps</h2>
 * The first column, {@code dd.MM.yyyy HH:mm[:ss]} (option {@code timestamp-pattern}); the configured zone, unless
 * the stamp carries an offset. Stamp position: option {@code stamp-position}, default UNKNOWN (stored as written):
 * no public source states whether a Triton stamp closes or opens its 10-minute interval.
 *
 * <h2>Channels</h2>
 * Every other named column, raw name kept. Height from the name: {@code <quantity> <h>m}, {@code <quantity> (<h>m)},
 * {@code <quantity>@<h>m} or {@code <h>m <quantity>}. Unit from the units row ({@code [m/s]} and {@code (m/s)} are
 * unwrapped). Statistic {@code Quality} for quality columns ({@code Quality}, {@code QF}) and {@code Availability}
 * for availability columns, else null (the metadata rules read the name). Duplicate names refuse the file.
 *
 * <h2>Missing values and bad rows</h2>
 * Empty cells and the standard tokens ({@code NaN}...); option {@code missing}: numbers separated by '|'.
 * A row with fewer fields than the header, non-empty fields beyond it, or a bad stamp is a bad row.
 *
 * <h2>Options</h2>
 * {@code encoding}, {@code delimiter} ({@code ,} {@code ;} {@code |} {@code tab}), {@code timestamp-pattern},
 * {@code stamp-position}, {@code missing}, {@code logger}, {@code table}.
 */
package io.loggerflow.parsers.triton;
