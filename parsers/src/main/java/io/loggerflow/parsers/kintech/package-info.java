/**
 * Kintech Engineering Atlas output data files ({@code .wnd}), format name {@code kintech-wnd}: what Kintech's
 * Atlas software writes for an Orbit 360 logger. Sources: three public {@code .wnd} files of two Indian met masts
 * and a reverse-engineered reader in the public repository navneethtripathy/NIWE_Parser ({@code kintech/input/},
 * {@code kintech/core/reader.py}, cross-checked there against Windographer exports of the same data); IEA Wind
 * Task 43 issue #218 (the Orbit 360 writes {@code FRQ(1)-TI30} in its {@code .wnd} time series, a turbulence
 * intensity from 30 s standard deviations). No manual from Kintech was found; what the files do not show is
 * marked <b>assumed</b> below and can be changed by an option.
 *
 * <h2>Recognition</h2>
 * Line 2 (line 1 when a file has no signature line) begins with
 * {@code Kintech Engineering Atlas Output Data File#}. Line 1 of the public files is 128 hex digits, a signature
 * of the file; it is not checked.
 *
 * <h2>Header</h2>
 * The metadata line: '#'-separated signature, version ({@code 2.0.0.342}), clock ({@code UTC+00:00:00}), date
 * format, list separator, decimal separator, field separator (a blank), site name, site id, logger serial, session
 * id, then the channel definitions as a JSON array ({@code ColumnPrefix}, {@code Name}, {@code Units},
 * {@code Height}, {@code Orientation}, slope and offset) and a closing '#'. Then two column headers separated by
 * the field separator, each beginning {@code DateTime}: the short one names columns by logger input
 * ({@code FRQ(1)}, {@code FRQ(1)-STDev}, {@code ANL(3)-Max}, {@code Battery}), the long one by configured name
 * ({@code F1_WS_100_0_A100L2/LK-STDev}). The long name is the channel's raw name. The short cell gives the
 * definition (by prefix: the files' JSON names may write a blank where the long header has '_') and the
 * statistic: none = {@code Avg}, {@code -STDev} = SD, {@code -Min}, {@code -Max}, {@code -TI30} (Task 43
 * {@code ti30sec}, no unit). Unit, height and orientation come from the definition (a height of 0, the battery's,
 * means none). Sensor type from the configured name's type code ({@code WS}, {@code WD}, {@code PR}, {@code RAD},
 * {@code V} seen; {@code T}, {@code RH} assumed). The values are already scaled (slope and offset are not applied
 * again). Logger: option {@code logger}, else the serial, else the logger-name fallback; model {@code Orbit 360}
 * (assumed: the file does not name it). Encoding UTF-8 (option {@code encoding}; the units hold '°').
 *
 * <h2>Rows and timestamps</h2>
 * {@code 2021-11-17,12:30 13.100 9.827 ...}: the stamp, then one value per column, separated by the field
 * separator. Stamps {@code yyyy-MM-dd,HH:mm} as the files write them (the header's {@code yyyy/MM/dd} is also
 * read; option {@code timestamp-pattern}), in the header's clock unless {@code time-zone-source=settings}. Stamp
 * position: option {@code stamp-position}, default END (the public reader moves stamps back one interval to match
 * Windographer's interval-start stamps of the same data; no manual confirms it). Values with '.' decimals, and
 * thousands grouped with ',' ({@code 1,008.0}: the public files write pressures so); with a ',' decimal separator
 * the grouping is '.' (assumed). The files seen write no missing-value marker (a missing interval has no row);
 * empty cells and the standard tokens are missing, option {@code missing} adds numbers.
 *
 * <h2>Bad rows</h2>
 * A row with fewer or more filled fields than the long header, or a bad stamp: a bad row naming its line; a cell
 * that is not a number: a bad row from {@code value(i)}.
 *
 * <h2>Options</h2>
 * {@code encoding}, {@code timestamp-pattern}, {@code stamp-position}, {@code missing}, {@code time-zone-source},
 * {@code logger}, {@code table}.
 */
package io.loggerflow.parsers.kintech;
