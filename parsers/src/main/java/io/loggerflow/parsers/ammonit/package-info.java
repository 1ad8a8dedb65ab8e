/**
 * Ammonit Meteo-40 / Meteo-40 Plus / Meteo-42 statistics CSV files, format name {@code ammonit-csv}.
 * Sources: Ammonit's AmmonitOR manual, "Meteo CSV File Format" (a data part in CSV format and an information part
 * in INI format); the Meteo-40 manual, "Statistics Data Files" (one CSV per interval, the file name stating the
 * interval covered); brightwind issue #17 (the configuration settings are in the footer of the CSV file); a public
 * Meteo-40 configuration generator ({@code [System]} with {@code timezone=UTC+01:00}; input types A, AC, C, D, P, R);
 * serial numbers written {@code D243094}. The exact column naming, delimiter and stamp shape are <b>unconfirmed</b>
 * (no public export was found): each is read as below and can be changed by an option.
 *
 * <h2>Recognition</h2>
 * Line 1 (optional UTF-8 BOM) is the data part's header: its first cell is {@code Timestamp} or {@code Date/time}
 * (any case), cells are separated by TAB (when line 1 has one) or ';', and at least two cells are named like
 * Ammonit statistics: an input ({@code A}, {@code AC}, {@code C}, {@code D}, {@code P}, {@code R}, {@code R1C},
 * {@code S}, {@code M} and its number), optional words, a statistic ({@code avg}, {@code max}, {@code min},
 * {@code sd}, {@code stddev}, {@code count}, {@code gust}, {@code sum}) and an optional {@code [unit]}. The
 * illustrative {@code ammonit-like} sample (a title line first) is not claimed: it stays a generic-wide file.
 *
 * <h2>Data part</h2>
 * Header line, then rows up to the information part: the first line (after line 1) that is an INI section title
 * ({@code [System]}); a first pass finds it and reads its {@code key=value} lines. A {@code Date} and a
 * {@code Time} column are joined with a space. Every other named column is a channel, raw name kept: statistic,
 * unit ({@code [m/s]}) and height (a standalone {@code <n>m}) as the name states them. Decimal mark '.' or ','
 * per cell (';' or TAB delimiter). Encoding UTF-8 (option {@code encoding}).
 *
 * <h2>Information part</h2>
 * Logger and serial: {@code serial} (also {@code serial_number}, {@code serialnumber}) of any section, else a
 * {@code D<6-7 digits>} serial in the file name, else the logger-name fallback; model {@code type}/{@code model}
 * (default {@code Meteo-40}). Zone: {@code timezone} ({@code UTC+01:00}) unless option
 * {@code time-zone-source=settings}; without one the configured zone. Other keys are not used.
 *
 * <h2>Timestamps</h2>
 * ISO-8601 ({@code yyyy-MM-dd HH:mm[:ss]}, optional offset) or option {@code timestamp-pattern}. Stamp position:
 * option {@code stamp-position}, default UNKNOWN (no public source says whether a Meteo-40 stamp opens or closes
 * its interval).
 *
 * <h2>Bad rows</h2>
 * Fewer fields than the header, non-empty fields beyond it, a bad stamp: bad rows naming their line; a cell that
 * is not a number: a bad row from {@code value(i)}. Empty cells and the standard tokens are missing; option
 * {@code missing} adds numbers (separated by '|').
 *
 * <h2>Options</h2>
 * {@code encoding}, {@code delimiter}, {@code timestamp-pattern}, {@code stamp-position}, {@code missing},
 * {@code time-zone-source}, {@code logger}, {@code table}.
 */
package io.loggerflow.parsers.ammonit;
