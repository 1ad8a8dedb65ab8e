/**
 * AQSystem AQ500 sodar result files, format name {@code aq500}. Source: the description of real result
 * files ({@code [BOF]}/{@code [BOH]}/{@code [EOH]}/{@code [BOD]} sections, header keys then data, {@code 9999} and
 * similar markers as missing, per-level columns); IEA Task 43 lists AQSystem as a logger maker. No public result
 * file or manual was found: the key names, column naming and stamp shape below are <b>unconfirmed</b> and each has
 * an option or a documented fallback.
 *
 * <h2>Recognition</h2>
 * Line 1 (optional UTF-8 BOM) is {@code [BOF]}.
 *
 * <h2>Sections</h2>
 * {@code [BOH]} .. {@code [EOH]}: {@code Key=Value} lines (keys compared in lower case). {@code [BOD]}: the next
 * non-blank line is the column header, the rows follow up to {@code [EOD]} or {@code [EOF]} (a first pass finds
 * it; nothing after it is read). Used keys: {@code Serial} (also {@code Serial Number}, {@code Sodar ID},
 * {@code ID}) for the logger and serial, else the logger-name fallback; {@code TimeZone} (also {@code Time Zone},
 * {@code UTC Offset}, written {@code UTC+01:00}) unless option {@code time-zone-source=settings}; {@code Levels}
 * (also {@code Heights}, {@code Altitudes}: {@code 40;60;80}). Model {@code AQ500}.
 *
 * <h2>Channels</h2>
 * Every column after the timestamp ({@code Date} + {@code Time} are joined), raw name kept. A name ending in a
 * level ({@code WS_40}, {@code WS 40m}, {@code WS@40}, {@code WS40}) gets that height; with a {@code Levels} list only
 * its heights count. {@code Sigma...} columns get statistic {@code SD}, {@code Quality...} columns {@code Quality}.
 * No units are read (none is known to be written).
 *
 * <h2>Text, timestamps, missing values</h2>
 * TAB when the column header has one, else ';', else ','; '.' or ',' decimal per cell; ISO-8859-1 (option
 * {@code encoding}). Stamps ISO-8601 ({@code yyyy-MM-dd HH:mm[:ss]}) or option {@code timestamp-pattern}; stamp
 * position option {@code stamp-position}, default UNKNOWN. Missing: empty cells, the standard tokens and the
 * numbers 9999, -9999, 99999, -99999 (option {@code missing}, numbers separated by '|', replaces them).
 *
 * <h2>Bad rows</h2>
 * Fewer fields than the header, non-empty fields beyond it, a bad stamp: bad rows naming their line; a cell that
 * is not a number: a bad row from {@code value(i)}. A file without {@code [BOD]} and a column header is refused.
 */
package io.loggerflow.parsers.aq500;
