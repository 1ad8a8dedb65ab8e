/**
 * Leosphere / Vaisala WindCube lidar 10-minute statistics files ({@code .sta}), format name {@code windcube-sta}.
 * Sources: formats.md section 4; public files and readers in e-WindLidar/Lidaco ({@code Windcubev2.py},
 * {@code Windcubev1.py}, Kassel samples WP1 and WP3).
 *
 * <h2>Recognition</h2>
 * Line 1 is exactly {@code HeaderSize=<n>} or {@code HeaderLength=<n>} (optional UTF-8 BOM). Real-time
 * {@code .rtd} files share this first line and are not supported: their text cells (e.g. a beam position) fail
 * as "not a number" on their line.
 *
 * <h2>Header</h2>
 * {@code key=value} lines, section titles and asterisk lines, then a TAB-separated column header. The column header
 * is found by content: the first line whose first field is {@code Date} or starts with {@code Timestamp}; it must
 * appear within {@code n + 3} lines ({@code HeaderSize} counts line 1 and is followed by an asterisk line,
 * {@code HeaderLength} does not count line 1). Used keys: {@code ID System} (logger and serial; table is
 * {@code sta}), {@code timezone}, {@code Altitudes (m)} / {@code Altitudes(m)}.
 *
 * <h2>Two column layouts (either header line)</h2>
 * <ul>
 *   <li>Height in the name, {@code <h>m <Quantity> (<unit>)} ({@code 40m Wind Speed (m/s)}), global columns such as
 *       {@code Int Temp (°C)}; an empty column separates height groups. Seen in HeaderSize files.</li>
 *   <li>Gate groups ({@code Vhm1 dVh1 ... CNRm dCNR ... Avail.1}) separated by an empty column, the first group
 *       preceded by global columns ({@code WiperCount}, {@code Tm}) without a separator. Gate g has the g-th height
 *       of the {@code Altitudes} list; the group width is taken from the last group, and a trailing gate number
 *       that disagrees with the position leaves all heights null. Seen in a HeaderLength file.</li>
 * </ul>
 *
 * <h2>Channels</h2>
 * One per named column except the timestamp. The name is the raw column name; a name repeated in several groups
 * (e.g. {@code CNRm}) becomes {@code CNRm@40m} ({@code #<k>} when its height is unknown). Unit: the text in the
 * final parentheses. Statistic: the trailing token as written ({@code Dispersion}, {@code min}, {@code max},
 * {@code Min}, {@code Max}, {@code Data Availability}); plain quantities (the 10-minute mean) get null.
 * heightM from the name or gate; orientation and sensor type are never stated (null).
 *
 * <h2>Text</h2>
 * TAB delimiter, no quoting, '.' decimal. Encoding ISO-8859-1 ('°' = byte 0xB0) unless the file has a UTF-8 BOM
 * or its first 64 KiB are valid UTF-8 containing '°'. Undecodable bytes are refused on their header line, and make
 * a data cell "not a number".
 *
 * <h2>Timestamps</h2>
 * First column. Default shapes: {@code yyyy/MM/dd HH:mm[:ss[.f]]} (also '-') and {@code dd/MM/yyyy HH:mm[:ss[.f]]}.
 * Zone: the header's {@code timezone=UTC+1} when present, else {@link io.loggerflow.parsers.ParseSettings#timeZone()}.
 * Stamp position: END when the column is {@code Timestamp (end of interval)}, START for "start of"/"beginning of",
 * else the {@code stamp-position} option, else END: Vaisala's WindCube manual says each line holds the data averaged
 * over the past interval, and the HeaderSize files' column says {@code (end of interval)}; HeaderLength files
 * (column {@code Date}, no such words) follow the same convention. The interval is not stated (empty).
 *
 * <h2>Missing values</h2>
 * {@code NaN} and empty cells (and the other {@link io.loggerflow.parsers.MissingValues} tokens), plus the
 * {@code missing} option.
 *
 * <h2>Options</h2>
 * <ul>
 *   <li>{@code encoding} — charset name, overrides the choice above;</li>
 *   <li>{@code timestamp-pattern} — one java.time pattern replacing the default shapes;</li>
 *   <li>{@code stamp-position} — START, END or UNKNOWN when the column name does not state it;</li>
 *   <li>{@code time-zone-source} — {@code header} (default) or {@code settings} to ignore {@code timezone=} and use the configured zone;</li>
 *   <li>{@code missing} — extra numeric sentinels separated by '|' (none by default).</li>
 * </ul>
 *
 * <h2>Unconfirmed</h2>
 * Whether HeaderLength files also occur
 * with the height-in-name layout (both are accepted); the zone of HeaderLength files (no {@code timezone} key in the
 * sample); whether {@code timezone} always has the {@code UTC±h[:mm]} form; the day/month order of {@code Date}
 * (day first, as public readers assume); whether newer firmware writes UTF-8.
 */
package io.loggerflow.parsers.windcube;
