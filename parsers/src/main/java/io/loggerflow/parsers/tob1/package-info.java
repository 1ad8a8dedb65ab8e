/**
 * Campbell Scientific TOB1 ("table oriented binary 1"), format name {@code tob1}.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>LoggerNet manual, "TOB1":
 *       https://help.campbellsci.com/loggernet-manual/ln_manual/campbell_scientific_file_formats/tob1.htm
 *       (five ASCII header lines, then binary records; header line contents).</li>
 *   <li>CR1000 / CR800 / CR3000 operator's manuals, appendix "FP2 Data Format" (FP2 bit layout, big-endian,
 *       largest magnitude 7999) and "Data Types, NAN, and &plusmn;INF" (how NAN/INF reach final storage).</li>
 *   <li>BMP5 manual, appendix "Data Types Summary" (size and byte order of each Campbell data type).</li>
 *   <li>Checked against a public CR1000X TOB1 file and the TOA5 file converted from it
 *       (github.com/alextsfox/camp2ascii, {@code tests/raw/TOB1_full10.dat} and {@code tests/cc/}): IEEE4, ULONG
 *       are little-endian, FP2, UINT2, UINT4 big-endian, FP2 word 0x9FFE is NAN, header lines end in CRLF.</li>
 *   <li>The FP2 +INF/-INF words 0x1FFF/0x9FFF come from open-source readers, not from a Campbell document.</li>
 * </ul>
 *
 * <h2>Recognition</h2>
 * The head, after an optional UTF-8 BOM, starts with {@code "TOB1",}.
 *
 * <h2>Header</h2>
 * Five comma-separated, double-quoted lines ending in CRLF (a bare LF is accepted): 1 environment
 * ({@code TOB1}, station, model, serial, OS, program, signature, table), 2 field names, 3 units, 4 processing,
 * 5 data types. Lines 3-5 must have exactly as many fields as line 2. Identity: logger = station, table =
 * field 8, model = field 3, serial = field 4. The header is decoded as strict UTF-8 unless option
 * {@code encoding} names another charset (the encoding of non-ASCII units is unconfirmed).
 *
 * <h2>Records</h2>
 * Fixed length (sum of the field sizes), no separators, read one at a time from a buffered stream.
 * Supported types: IEEE4 and IEEE4L (float32 LE), IEEE4B (BE), IEEE8L (LE), IEEE8B (BE), FP2 (BE), ULONG,
 * LONG, USHORT, SHORT (LE), UINT4, INT4, UINT2, INT2 (BE), UINT1, INT1, BOOL/BOOL2/BOOL4 (0, or -1 for true as
 * TOA5 writes it). Skipped, not channels: ASCII(n) (text cannot be stored as a double; a status string is not
 * a measurement), BOOL8 (bit field), SecNano, NSEC, SEC, USEC (time values, e.g. time of a maximum).
 * Anything else (FP4, FP3, ...) is refused with an error naming line 5 and the column.
 * IEEE8 without suffix: byte order unconfirmed (the public CR1000X file holds big-endian bytes while its
 * TOA5 conversion decoded them as little-endian), so an IEEE8 field is refused unless option
 * {@code ieee8-byte-order} is {@code big} or {@code little}.
 * IEEE4 values are returned as the double of the float's shortest decimal form (8.387f reads as 8.387).
 * A file ending inside a record is an error naming that record.
 *
 * <h2>FP2</h2>
 * Big-endian 16-bit word: bit 15 sign, bits 14-13 decimal locater (value = magnitude / 10^locater), bits
 * 12-0 magnitude. 0x9FFE (NAN), 0x1FFF (+INF), 0x9FFF (-INF) and 0x1FFE read as NaN. Any other magnitude
 * above 7999 is not written by loggers and is refused (error naming record and column).
 *
 * <h2>Timestamps</h2>
 * {@code SECONDS} (seconds since 1990-01-01 00:00:00) plus optional {@code NANOSECONDS}, both integer types,
 * on the logger clock, converted with {@code ParseSettings.timeZone()}. A file without SECONDS (written without
 * timestamps) is refused. Stamp position END (interval tables stamp a record when the interval closes;
 * unconfirmed from a cited source, as for TOA5). The header states no interval.
 *
 * <h2>Channels</h2>
 * Every numeric field except SECONDS, NANOSECONDS and RECORD, in file order, raw name kept; unit from line 3,
 * statistic from line 4 (empty = null). Height, orientation and sensor type are not stated by the header.
 *
 * <h2>Missing values</h2>
 * IEEE NaN/&plusmn;Inf and the FP2 special words become NaN. Option {@code missing}: a comma list
 * of numbers also read as NaN (e.g. {@code -7999,7999}, the FP2 clamp of an out-of-range LONG source, or a
 * program's own {@code -9999}); empty by default because a clamp can be a real reading.
 *
 * <h2>Row numbers</h2>
 * {@code RowReader.lineNumber()} is the 1-based record number in the file (not the RECORD field); record
 * errors say "record N" and carry N as {@code InputFormatException.line()}. Header errors name lines 1-5.
 */
package io.loggerflow.parsers.tob1;
