/**
 * ZX Lidars ZephIR 300 / ZX300 CSV files ({@code Wind10_<unit>@Y..._M..._D...ZPH.csv}), format name {@code zx-csv}.
 * Sources: formats.md section 5; the public 10-minute file and reader in e-WindLidar/Lidaco
 * ({@code ZephIR300.py}).
 *
 * <h2>Recognition</h2>
 * Line 1 starts with {@code CSV Converter:} (optional UTF-8 BOM).
 *
 * <h2>Header</h2>
 * Two lines. Line 1: delimiter-separated items, {@code Key: value} or a sentence. Used: {@code Unit} (logger and
 * serial), {@code Time sync} (clock offset), and the sentence "Time stamps indicate the beginning/end of the averaging
 * period". Line 2: column names; the first field starting with {@code Checksum} and everything after it is ignored
 * (the scrambled checksum may contain the delimiter or quotes). The table is the file-name prefix
 * ({@code Wind10}, {@code Wind}) when the name has the vendor shape, else empty.
 *
 * <h2>Text</h2>
 * Delimiter: ';' when line 2 contains one, else TAB, else ','. No quoting. Decimal mark: ',' or '.' per cell
 * (',' is unambiguous with ';' or TAB; with ',' as delimiter only '.' is accepted); a cell with both is refused.
 * Encoding ISO-8859-1 unless the file has a UTF-8 BOM.
 *
 * <h2>Timestamps</h2>
 * Column {@code Time and Date}, day first: {@code dd.MM.yyyy HH:mm[:ss]} or with '/'. Zone: the {@code Time sync}
 * offset ({@code UTC +1,0 hrs}, fractional hours allowed) when present, else the configured zone. Stamp position
 * from the line-1 sentence, else the {@code stamp-position} option (default UNKNOWN). The interval is not stated.
 * {@code Timestamp (s)} is not used (its epoch is unconfirmed).
 *
 * <h2>Channels</h2>
 * Every column except {@code Reference}, {@code Time and Date}, {@code Timestamp (s)}, {@code Info. Flags},
 * {@code Status Flags}, {@code GPS} (text: "lat lon" in one cell) and the checksum. Raw names are kept (a repeated
 * name gets {@code #2}, {@code #3}...). Per height: {@code <Quantity> (<unit>) at <h>m} gives unit and heightM;
 * global: {@code <Quantity> (<unit>)}. Statistic as written: {@code Min}, {@code Max}, {@code Std. Dev.}, and
 * {@code TI} for {@code TI at <h>m}; otherwise null.
 *
 * <h2>Missing values</h2>
 * Numeric sentinels 9999 and 9998 (compared as numbers), plus empty / {@code NaN} cells.
 *
 * <h2>Options</h2>
 * <ul>
 *   <li>{@code encoding} — charset name;</li>
 *   <li>{@code delimiter} — one character or {@code tab};</li>
 *   <li>{@code decimal} — {@code ,}, {@code .} or {@code auto} (default);</li>
 *   <li>{@code timestamp-pattern} — one java.time pattern for {@code Time and Date};</li>
 *   <li>{@code stamp-position} — START, END or UNKNOWN when line 1 does not state it;</li>
 *   <li>{@code time-zone-source} — {@code header} (default) or {@code settings} to ignore {@code Time sync};</li>
 *   <li>{@code missing} — sentinels separated by '|', replacing 9999|9998;</li>
 *   <li>{@code skip-columns} — more non-measurement column names separated by '|'.</li>
 * </ul>
 *
 * <h2>Unconfirmed</h2>
 * 9998 as a sentinel; the decimal mark and delimiter of English-locale converters; whether {@code Time sync} is the
 * offset of the written stamps (assumed, as formats.md says); the layout of high-resolution {@code Wind_} files
 * (read with the same rules); other text columns in other firmware (use {@code skip-columns}).
 */
package io.loggerflow.parsers.zx;
