/**
 * NRG Systems text files: {@link io.loggerflow.parsers.nrg.NrgSymphonieProFormat} ({@code nrg-symphoniepro},
 * SymphoniePRO Desktop / NRG Cloud export) and {@link io.loggerflow.parsers.nrg.NrgLogrFormat} ({@code nrg-logr},
 * LOGR-family {@code *_statistical.dat} and {@code .diag}). Facts: {@code /work/shared/formats.md} section 2.
 *
 * <h2>Recognition</h2>
 * Line 1 is exactly {@code NRG Export Service} (SymphoniePRO) or {@code NRG Systems Data Logger} (LOGR), followed
 * by a line break; a UTF-8 BOM before it is allowed. Nothing else is checked, so the two never overlap each other
 * or any other format.
 *
 * <h2>Header</h2>
 * Read line by line up to the line {@code Data}, found by scanning (never a fixed count; at most 100,000 lines).
 * Field lines are {@code Key:<TAB>Value}; {@code Key<TAB>Value} (LOGR calculated channels) and
 * {@code Key: Value} (LOGR {@code File Version}) are accepted too. A line without tab or colon is a section title.
 * In {@code Sensor History} each {@code Channel} key starts a block; when a channel has several blocks the one
 * with the latest {@code Effective Date} is used. The line after {@code Data} is the column header.
 *
 * <h2>Table</h2>
 * TAB-delimited, no quoting, {@code .} decimal, CR LF or LF. Rows must have the header's field count
 * (extra empty trailing fields are tolerated). Encoding ISO-8859-1 by default (as nrgpy reads these files);
 * a UTF-8 BOM selects UTF-8. Undecodable bytes in another configured charset are refused with their line.
 *
 * <h2>Timestamps</h2>
 * <ul>
 * <li>SymphoniePRO: column {@code Timestamp}, {@code yyyy-MM-dd HH:mm:ss}, no offset. Zone: the header's
 *     {@code Time Zone:} in Site Properties (e.g. {@code UTC-5:00}) <b>wins by default</b>, being the more specific
 *     fact about the file; with option {@code time-zone-source=settings}, or when the header states no zone,
 *     {@code settings.timeZone()} is used. An unreadable header zone is an error naming its line.</li>
 * <li>LOGR: column {@code Timestamp} or {@code Stats_Timestamp}, ISO 8601 with {@code Z}
 *     ({@code 2022-04-18T07:01:00Z}): the offset in the text is honoured; a stamp without offset uses
 *     {@code settings.timeZone()} (the header's numeric {@code Time Zone: -5} is the site's local zone, not the
 *     stamps' zone, and is not used). {@link io.loggerflow.parsers.RowReader#interval()} is
 *     {@code Statistical Interval (min)}.</li>
 * <li>Stamp position: {@code START} for both, <b>unconfirmed</b> (NRG convention as commonly understood).
 *     For LOGR the evidence is mixed: a 1-minute hourly file {@code 20220418_0700_...} starts at 07:01, which
 *     would fit interval-end stamps, while later files start on the hour. Override with {@code stamp-position}.</li>
 * </ul>
 *
 * <h2>Missing values</h2>
 * Empty cells and the library's tokens ({@code NAN} in any case, as LOGR writes {@code nan}, {@code INF},
 * {@code NULL}) are NaN. Sentinels are <b>unconfirmed</b> (a calculated SymphoniePRO channel showed
 * {@code -1000.000000}); none is applied unless configured with {@code missing}.
 *
 * <h2>Channels</h2>
 * Raw column names are kept. Metadata only as stated:
 * <ul>
 * <li>SymphoniePRO {@code Ch<n>_<Type>_<Height>m_<Bearing>_<Stat>_<Unit>}, height and bearing possibly empty
 *     ({@code Ch4_Anem___Avg_m/s}), unit possibly empty or holding {@code / ^ _}: sensorType = Type
 *     ({@code Anem}, {@code Vane}, {@code Analog}...), statistic = Stat ({@code Avg}, {@code SD}, {@code GustDir}...),
 *     heightM = Height. orientationDeg = the 16-point compass bearing in degrees ({@code SSE} = 157.5), replaced by
 *     the Sensor History's numeric {@code Bearing} when that rounds to the same point (e.g. 165.0). Where the name
 *     leaves height, bearing or unit empty, the Sensor History value fills it; where both state it, the name wins.</li>
 * <li>LOGR {@code Ch<n>_<Stat>_<Unit>} ({@code Gust_Dir} is one statistic, e.g. {@code Ch12_Gust_Dir_Deg};
 *     {@code Ch14_Avg_deg_C} has unit {@code deg_C}). {@code Ch<n>_NotUsed} placeholder columns are skipped.
 *     heightM = Sensor History {@code Height}, orientationDeg = {@code Boom Bearing} (or {@code Bearing}),
 *     sensorType = {@code Measurement Type} (newer files state the Task 43 id, e.g. {@code relative_humidity}),
 *     else {@code Sensor Type} (e.g. {@code Lufft WS500}) when present. LOGR often writes
 *     {@code Height: 0.00} for unconfigured sensors; it is reported as written (0.0).</li>
 * <li>Names that do not follow the pattern (LOGR diagnostics such as {@code VIN_RP_V_Avg}) are channels with
 *     only a name.</li>
 * </ul>
 *
 * <h2>Identity</h2>
 * SymphoniePRO: logger = {@code Site Number} (Export Parameters; it names the export files and stays with the
 * mast when a logger is swapped), else the logger serial; model and serial from the latest {@code Logger History}
 * block; table = {@code meas} for {@code Data Type: Measurements}, else the data type as written.
 * LOGR: logger = serial = {@code Serial Number} of the preamble (LOGR file names carry it; {@code Site:} is free
 * text), model = {@code Model Number}, table = {@code statistical} for {@code File Content: Statistics}, else the
 * content in lower case (e.g. {@code diagnostics}).
 *
 * <h2>Options ({@link io.loggerflow.parsers.ParseSettings#options()})</h2>
 * <ul>
 * <li>{@code stamp-position}: {@code start} (default), {@code end} or {@code unknown}.</li>
 * <li>{@code missing}: comma-separated sentinels, e.g. {@code -1000,9999,---}; numbers match by value
 *     ({@code -1000} matches {@code -1000.000000}), other text matches the trimmed cell ignoring case.</li>
 * <li>{@code encoding}: charset name, default {@code ISO-8859-1}.</li>
 * <li>{@code time-zone-source} (SymphoniePRO): {@code header} (default) or {@code settings}.</li>
 * </ul>
 * Unknown keys are ignored; a bad value of a known key is an {@link java.lang.IllegalArgumentException}.
 */
package io.loggerflow.parsers.nrg;
