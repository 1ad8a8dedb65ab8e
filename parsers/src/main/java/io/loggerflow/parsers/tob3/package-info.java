/**
 * Campbell Scientific TOB3 ("table oriented binary 3", card storage), format name {@code tob3}.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>LoggerNet manual, "TOB2 or TOB3":
 *       https://help.campbellsci.com/loggernet-manual/ln_manual/campbell_scientific_file_formats/tob2_or_tob3.htm
 *       (six CRLF-terminated ASCII header lines; line 1 environment ending with the file creation time; line 2
 *       table name, non-timestamped record interval, frame size, intended table size, validation stamp, frame
 *       time resolution; lines 3-6 names, units, processing, data types; 12-byte TOB3 frame headers whose last
 *       four bytes are the least-significant-first record number of the frame's first record).</li>
 *   <li>CR9000X manual, section 2.4 (TOB3 header example with {@code Sec10Usec} and the ring record / card
 *       removal fields; frames are time stamped; a lapse inside a frame adds a time stamp within the frame).</li>
 *   <li>Open-source converters (read, not copied): github.com/ansell/camp2ascii (M. Bavay, SLF) and
 *       github.com/alextsfox/camp2ascii: frame header = seconds since 1990 and sub-second ticks (4 bytes each,
 *       little-endian); footer = 32-bit little-endian word, bits 0-10 offset, 11 file mark, 12 remove mark,
 *       13 empty frame, 14 minor frame, 16-31 validation stamp; a frame is valid when the stamp equals the
 *       header's or its 16-bit complement; resolutions SecMsec, Sec100Usec, Sec10Usec, SecUsec.</li>
 *   <li>Checked against a public CR1000X TOB3 file and its CardConvert TOA5 ({@code tests/raw/TOB3_long19.dat},
 *       {@code tests/cc/} of alextsfox/camp2ascii): all 199 records, stamps and values match, including a lapse
 *       written as two minor frames (each minor footer's offset is its size; the major footer's offset counts
 *       the unused bytes and itself); the frame time is the first record's stamp as TOA5 writes it; the header
 *       is padded with spaces to a fixed size (512 or 1024 bytes) before the first frame.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * Frames are read one at a time. A first pass over the footers only finds the ring's oldest frame: the first
 * valid frame carries the current pass's stamp, the first later valid frame with the other stamp (stamp or
 * complement) starts the older part; records are read from there to the end, then from the first frame.
 * Record time = frame seconds + ticks &times; resolution + index &times; interval, on the logger clock
 * ({@code ParseSettings.timeZone()}), truncated to the millisecond. Stamp position END (as TOA5);
 * {@code interval()} is the header's record interval. Empty frames (E flag) hold no records. A frame whose
 * stamp is neither value, a chain of minor frames that does not add up, and a truncated last frame are one
 * {@code RowException} each ("frame N"); an undecodable value is one ("record N", the logger's record number,
 * which {@code lineNumber()} returns). Data types as TOB1 ({@code tob1.FieldType}) plus FP4; ASCII(n), BOOL8
 * and time types are listed in {@code skippedColumns()}.
 *
 * <h2>Options</h2>
 * {@code missing} (sentinels, as TOB1), {@code ieee8-byte-order} (unsuffixed IEEE8, as TOB1),
 * {@code fp4-byte-order} ({@code little} by default), {@code logger} (station fallback).
 *
 * <h2>Unconfirmed</h2>
 * <ul>
 *   <li>The complement rule and "the first frame's stamp is the current pass" come from open-source readers
 *       and reasoning, not from a Campbell document; no wrapped public file was available to check it.</li>
 *   <li>Footer bit 15 (set in frames with minor frames) is described nowhere; not read. In the public file the
 *       first minor footer's stamp is the header's minus one, so minor footers' stamps are not checked, only
 *       the frame's own.</li>
 *   <li>A frame without the minor flag but with a non-zero offset: the offset is read as unused bytes.</li>
 *   <li>FP4 layout and byte order; the header's encoding (read as strict UTF-8); the ring record and card
 *       removal fields are not used.</li>
 *   <li>Frames a card file has allocated but the logger never wrote are reported as bad frames.</li>
 * </ul>
 */
package io.loggerflow.parsers.tob3;
