/**
 * {@code generic-sniffed}: a wide CSV of unknown origin (a met-mast export, a floating-lidar CSV, a custom
 * logger's or a spreadsheet's file) whose layout the file itself establishes, so that it loads without a
 * mapping. Detection asks it last ({@link io.loggerflow.parsers.LoggerFormat.DetectionRank#SNIFFED}), so a file
 * any other format recognises is never taken from it.
 *
 * <p><b>What is sniffed</b>, from a bounded head (the first 4096 bytes for detection, the first 2 MiB when the
 * file is opened; never a pass over the whole file), each step by its own class:
 * <ul>
 *   <li>encoding ({@link io.loggerflow.parsers.sniffed.HeadText}): UTF-16 or UTF-8 by a byte-order mark, UTF-8
 *       when the head is valid UTF-8, else ISO-8859-1;</li>
 *   <li>delimiter and header rows ({@link io.loggerflow.parsers.sniffed.TableShape}): {@code ,} {@code ;} TAB
 *       {@code |}, the one under which a line of names (no number, no timestamp) is followed by data rows of its
 *       field count; title lines above the names (one filled cell each, spreadsheet padding allowed) and one
 *       units line below them ({@code m/s}, {@code [m/s]}, {@code (deg)}). The quote is {@code "};</li>
 *   <li>the timestamp ({@link io.loggerflow.parsers.sniffed.StampColumns},
 *       {@link io.loggerflow.parsers.sniffed.StampReading}): one column of dates and times, or a date column
 *       followed by a time column; year first ({@code yyyy-MM-dd HH:mm[:ss]}, {@code T}, optional offset) or year
 *       last ({@code dd/MM/yyyy}, {@code MM/dd/yyyy}, {@code dd.MM.yyyy}), whose day/month order a value above 12
 *       in the head must prove; the zone is the offset in the stamps, else the configured one;</li>
 *   <li>the decimal mark ({@link io.loggerflow.parsers.sniffed.DecimalMark}): a comma only when the delimiter
 *       is not one and a value proves it (not three digits after it, or {@code 0,} before them);</li>
 *   <li>missing markers ({@link io.loggerflow.parsers.sniffed.MissingMarkers}): the standard tokens plus
 *       {@code #N/A}, {@code -9999}, {@code 9999}; text columns (a compass point) are left out and listed;</li>
 *   <li>units ({@link io.loggerflow.parsers.sniffed.Units}) from the units line, else a bracketed name suffix
 *       ({@code Temp 2m [°C]}). Type, statistic and height are what the metadata rules guess from the names,
 *       as for every format; the recorded layout says that they are guessed.</li>
 * </ul>
 * Logger: option {@code logger}, else the file name without its date part
 * ({@link io.loggerflow.parsers.LoggerNames}). Stamp position UNKNOWN unless option {@code stamp-position}.
 *
 * <p><b>Never a silent guess.</b> Detection claims a head only when it is such a table with a timestamp column
 * and not a long (tidy) one. It does not claim a key/value header above the names (it states facts, such as the
 * logger, that the sniffer would drop), two lines between names and data (a vendor header), a table without
 * names or without a timestamp. What the file leaves open refuses it at open, naming the line, the reason and
 * the option that settles it: two candidate stamp columns ({@code timestamp-column}), an unproven or
 * contradicted day/month order ({@code timestamp-pattern}), a comma that may be a thousands separator or both
 * marks in the values ({@code decimal}), two delimiters that both make a table ({@code delimiter}).
 * {@link io.loggerflow.parsers.RowReader#sniffedLayout()} gives the established layout in one line.
 *
 * <p>Options: {@code delimiter}, {@code decimal}, {@code encoding}, {@code timestamp-column} (one name, or
 * {@code date,time}), {@code timestamp-pattern} (java.time, as generic-wide reads it), {@code missing} (extra
 * comma-separated markers), {@code logger}, {@code table}, {@code stamp-position}, {@code interval}.
 *
 * <p>Sources (shapes only; the samples are loggerflow's own): German measurement exports with {@code ;},
 * decimal comma and separate {@code Datum;Zeit} columns, {@code Temperatur[°C]} names (public notebook
 * github.com/MichaelMueller-erdabio/Kohlendioxidgehalt-in-Hessen); ISO stamps with offsets in weather CSVs
 * (github.com/tuw-isab/advanced-topics-in-machine-learning-for-the-built-environment); a met-mast CSV read
 * with its header on line 54 (wrobstory/climatic {@code examples/MetMastDataImport.py}); a names line with an
 * optional units line under it as a common tabular shape (yadg {@code basiccsv} documentation,
 * dgbowl.github.io/yadg); spreadsheet re-saves adding a UTF-8 BOM and re-rendering dates in the locale
 * (loggerflow's research notes, §3). <b>Unconfirmed:</b> that ±9999 never is a real value in such files
 * (option: none; use another format); that dotted dates are ever month first (the order is proven either way).
 */
package io.loggerflow.parsers.sniffed;
