/**
 * Standardized sensor metadata in the IEA Wind Task 43 WRA vocabulary ({@code measurement_type_id},
 * {@code statistic_type_id}, {@code measurement_units_id}; formats.md section 8), derived from a parsed
 * {@link io.loggerflow.parsers.Channel}. Entry point: {@code MetadataRules.standard().derive(channel)}.
 *
 * <h2>Rules are data</h2>
 * Resources in {@code io/loggerflow/parsers/metadata/}, UTF-8, TAB-separated, {@code #} comments:
 * <ul>
 *   <li>{@code measurement-types.tsv}: {@code source, measurement_type_id, regex}; source {@code sensor}
 *       (against {@code sensorType}), {@code name} (against the raw name) or {@code unit} (against the unit id
 *       derived by units.tsv). Case-insensitive, first match wins inside a source.</li>
 *   <li>{@code statistics.tsv}: {@code token, <stated token>, statistic_type_id} for the statistic the header
 *       states, and {@code name, <regex>, statistic_type_id} for suffixes and words in the name.</li>
 *   <li>{@code units.tsv}: {@code <raw spelling>, measurement_units_id}, exact (case-sensitive) after trimming.</li>
 *   <li>{@code name-heights.tsv}: regexes whose group 1 is a height in metres written in the name.</li>
 * </ul>
 * A value {@code -} means "recognised, no Task 43 id": the search stops and the field stays null. In
 * statistics.tsv {@code ?} marks a stated token that says nothing (Campbell {@code WVc}): the name decides.
 *
 * <h2>Precedence</h2>
 * <ul>
 *   <li>Measurement type: the stated sensor type, then the name, then the unit alone ({@code m/s} wind_speed,
 *       {@code deg} wind_direction, temperature units the generic {@code temperature}, {@code hPa}/{@code mbar}
 *       air_pressure, {@code V} voltage). A sensor type with no row (NRG {@code Analog}) falls through.</li>
 *   <li>Statistic: the stated token when it maps to an id (or to {@code -}); otherwise the name rows. No default:
 *       an undetermined statistic is null. Documented exception: the plain quantities of WindCube and ZX
 *       statistics files ({@code 40m Wind Speed (m/s)}, {@code Horizontal Wind Speed (m/s) at 80m}) are means.
 *       Campbell {@code Smp} and NRG {@code GustDir} give null. TI columns are {@code wind_speed} with
 *       statistic {@code ti}.</li>
 *   <li>Height: the stated height; from the name only when none is stated, and only a standalone
 *       {@code <number>m} or {@code <number> m} token ({@code WS_80m_Avg}, {@code Speed 80 m N}, {@code at 120m});
 *       not {@code Spd80mN}, {@code WS80}, {@code _80_} or {@code 80m/s}. Different heights in one name give null.</li>
 *   <li>Orientation: only the stated one; never guessed from compass letters in a name.</li>
 *   <li>Unit: only the stated unit, through units.tsv; an unknown spelling gives null (the raw unit stays on the
 *       channel). Units are not guessed from the name or the measurement type.</li>
 * </ul>
 * Non-finite stated numbers count as not stated. Odd input (null channel, blank or strange names) gives null
 * fields, never an exception.
 *
 * <h2>Unconfirmed</h2>
 * The mean convention of WindCube/ZX plain columns; {@code Tm} in WindCube v1 files as a temperature; the ZX
 * rain-packet share mapped to {@code precipitation}; a pyranometer taken as horizontal.
 */
package io.loggerflow.parsers.metadata;
