/**
 * Campbell Scientific mixed-array final storage (CR10X, CR23X, CR510, 21X) as comma-separated text, format
 * name {@code campbell-mixed-array}. Never detected: only a folder's {@code format = campbell-mixed-array}.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>LoggerNet 4 manual, appendix B, B.1.6 "Array Compatible CSV" (help.campbellsci.com, "Array Compatible
 *       CSV"): files "similar to those created by mixed array dataloggers": comma-separated, an array ID first,
 *       then the time ({@code 101,2009,105,1051,27,13.39,...}: year, day of year, hhmm).</li>
 *   <li>The same appendix, B.1.2 "ASCII Printable": data from multiple arrays can be in one file.</li>
 * </ul>
 *
 * <h2>Layout</h2>
 * Header-less lines {@code <array ID>,<time fields>,<values>}; several arrays interleaved. The lines carry no
 * names, so every array the file holds needs a mapping in the format options; without any, the file is refused
 * with a reason that lists the keys. Each array is a table of its own:
 * {@link io.loggerflow.parsers.LoggerFormat#tables} lists the mapped arrays in the order the file first shows
 * them (an array without a mapping refuses the file there), and a reader reads one array, chosen by option
 * {@code table-id} (or the only one mapped); it passes over the lines of the other mapped arrays. In a reader,
 * a line of an unmapped array, a line that does not start with an array ID, a wrong field count or a bad time
 * is a bad row. Identity: logger = option {@code logger}, else the file name; table = {@code array.<id>.table}.
 *
 * <h2>Options</h2>
 * <ul>
 *   <li>{@code array.<id>.columns} (required): the names of the values after the time fields, comma-separated.</li>
 *   <li>{@code array.<id>.table} (default {@code array<id>}), {@code array.<id>.interval} (minutes; reported as
 *       {@code interval()}), {@code array.<id>.time-fields} (default {@code year,doy,hhmm}; {@code sec} may be
 *       added where the program writes seconds), {@code array.<id>.units} and {@code array.<id>.statistics}
 *       (comma lists parallel to the columns, an empty entry for none).</li>
 *   <li>{@code table-id}: the array to read; {@code missing}: comma-separated sentinels (e.g. {@code -99999});
 *       {@code stamp-position} (default {@code end}); {@code logger}.</li>
 * </ul>
 *
 * <h2>Unconfirmed</h2>
 * <ul>
 *   <li>Stamp position END (output happens when the interval closes; no Campbell text read says so).</li>
 *   <li>Midnight: {@code 2400} is read as the next day's 00:00, {@code 0} as 00:00 of the day written.</li>
 *   <li>Two-digit years and files without a year are refused; {@code .FSL}/{@code .DLD} label files are not
 *       read (the mapping must be configured).</li>
 *   <li>Sentinels such as {@code -99999}/{@code 6999} are not missing unless listed in {@code missing}.</li>
 * </ul>
 */
package io.loggerflow.parsers.mixedarray;
