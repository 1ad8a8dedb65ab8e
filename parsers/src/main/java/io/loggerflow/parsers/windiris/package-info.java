/**
 * Leosphere / Vaisala Wind Iris nacelle lidar {@code average_data} files, format name {@code windiris-average}.
 * Sources: the public file {@code WIPO0000000_average_data_2020-07-29_00-00-00.csv} and the reader in
 * Apollo3zehn/nexus-sources-leospherewindiris (both read, nothing copied).
 *
 * <h2>Recognition</h2>
 * Line 1 (optional UTF-8 BOM) starts {@code Date and Time;Distance;}.
 *
 * <h2>Layout</h2>
 * Line 1 names the columns: {@code Date and Time}, {@code Distance}, then the quantities ({@code HWS hub},
 * {@code DIRECTION hub}, {@code HWS hub availability}, {@code RWS0}..{@code RWS3}, {@code TI hub}, {@code Shear},
 * {@code HEIGHT high}, ...). No units row, no quoting, ';' between cells, '.' decimal, {@code NaN} for a missing
 * value, LF line ends and one or two empty lines at the end. Each line holds one timestamp and one range
 * distance (the 2020 file: 20 distances from 50 to 700 m, ascending within a timestamp).
 *
 * <h2>Sensors</h2>
 * A first pass collects every distance; each quantity at each distance is one channel named
 * {@code <quantity>@distance <d>m} ({@code HWS hub@distance 80m}), distance-major, ascending. The distance is the
 * range ahead of the nacelle, not a height: heightM stays null (the beam heights are the {@code HEIGHT high} /
 * {@code HEIGHT low} channels, and the hub height is site configuration). Statistic {@code Availability} for
 * availability columns, {@code TI} for turbulence intensity; the file states no units, so none is set.
 * Each line is one row: the sensors of its distance carry its values and every other sensor is missing, so a
 * bad line costs only that distance at that timestamp. Identity: logger = the lidar id before
 * {@code _average_data} in the file name (else the {@link io.loggerflow.parsers.LoggerNames fallback}), table
 * {@code average_data}, model {@code Wind Iris}.
 *
 * <h2>Timestamps</h2>
 * ISO 8601 with milliseconds and an offset ({@code 2020-07-28T00:10:00.000+00:00}): the offset in the stamp
 * wins; a stamp without one takes the configured zone. Stamp position END: the public day file named
 * {@code ..._2020-07-29_00-00-00} runs from {@code 2020-07-28T00:10} to the midnight that closes the day, so each
 * stamp closes its 10-minute interval (inferred from that file; option {@code stamp-position} overrides it).
 *
 * <h2>Bad lines</h2>
 * Fewer fields than the header, non-empty fields beyond it, a distance cell that is not a distance, an empty or
 * unreadable stamp: a bad row naming its line; a cell that is not a number: a bad row from {@code value(i)}.
 *
 * <h2>Options</h2>
 * {@code encoding} (default UTF-8), {@code missing} (numbers separated by '|'), {@code stamp-position},
 * {@code logger}.
 *
 * <h2>Unconfirmed</h2>
 * Units of the quantities (none written); whether the logger ever writes other timestamp shapes; the END
 * convention beyond the one public file; the {@code real_time_data} files (not read by this format: their line 1
 * starts {@code Timestamp;LOS index;Distance}, so they are not detected).
 */
package io.loggerflow.parsers.windiris;
