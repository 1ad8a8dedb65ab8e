/**
 * Campbell Scientific TOACI1, LoggerNet's older ASCII table format, format name {@code toaci1}.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>LoggerNet 4 manual, appendix B "Campbell Scientific File Formats", B.1.3 "TOACI1" (page B-2): a header
 *       of the file type, station and table names, then the field names; every record has a timestamp and a
 *       record number ({@code TMSTAMP}, {@code RECNBR}); one table per file; the example
 *       {@code "TOACI1","gold","one_min"} / {@code "TMSTAMP","RECNBR","temp_degf_AVG",...} /
 *       {@code "2001-12-30 19:16:00",18002,69.05,...}.</li>
 *   <li>The same manual, B.1.4 "TOA5": "a text-based file format similar to TOACI1 but with additional
 *       information in the header" (units, processing, model, serial).</li>
 * </ul>
 *
 * <h2>Recognition</h2>
 * The first line, after an optional UTF-8 BOM, starts with {@code "TOACI1",} (or unquoted {@code TOACI1,}).
 *
 * <h2>Header</h2>
 * Two comma-separated, double-quoted lines: 1 environment ({@code TOACI1}, station, table), 2 field names.
 * Identity: logger = station (empty: option {@code logger}, else the file name, as {@code LoggerNames} says),
 * table = field 3; model and serial are not in the file. A {@code TMSTAMP} column is required.
 *
 * <h2>Channels</h2>
 * Every column except {@code TMSTAMP} and empty trailing names, with its raw name; the file states no unit and
 * no processing, so both are null (the name suffix, e.g. {@code _AVG}, is left to the metadata rules).
 * {@code RECNBR} is listed in {@code skippedColumns()} as a record number; a column whose first data cell is
 * neither a number nor a missing marker as a text (or timestamp) column, as in TOA5. Rows must have the
 * header's field count. Missing markers: the standard set ({@code NAN}, {@code INF}, empty...).
 *
 * <h2>Timestamps</h2>
 * The shapes of {@code StampParser} (the manual's {@code yyyy-MM-dd HH:mm:ss}) in the configured zone, or the
 * java.time pattern of option {@code timestamp-pattern}. Slash dates whose day/month order the file never tells
 * need that option.
 *
 * <h2>Options</h2>
 * {@code logger} (when the station is empty), {@code timestamp-pattern}.
 *
 * <h2>Unconfirmed</h2>
 * <ul>
 *   <li>Stamp position END, by analogy with TOA5 (LoggerNet writes both from the same table records); no
 *       Campbell text says it for TOACI1.</li>
 *   <li>Whether a re-saved file may drop the quotes or add trailing commas (read like TOA5, but rows must keep
 *       the header's field count).</li>
 *   <li>The encoding of non-ASCII names (read as strict UTF-8).</li>
 * </ul>
 */
package io.loggerflow.parsers.toaci1;
