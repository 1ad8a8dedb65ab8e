/**
 * Campbell Scientific CSIXML, LoggerNet's XML table format, format name {@code csixml}.
 *
 * <h2>Sources</h2>
 * <ul>
 *   <li>LoggerNet 4 manual, appendix B, B.1.7 "CSIXML" (pages B-8 to B-12): one table per file; the root
 *       {@code csixml} with attribute {@code version} and exactly two children {@code head} and {@code data};
 *       {@code head} holds {@code environment} (station-name and table-name required; model, serial-no,
 *       os-version, dld-name, dld-sig optional) and {@code fields} (one empty {@code field} per scalar, with
 *       {@code name} required, {@code type} an xsd type, optional {@code units} and {@code process});
 *       {@code data} holds zero or more {@code r} with optional {@code no} and {@code time} (xsd:dateTime);
 *       values are elements {@code v1 .. vn}, or {@code v} with the optional attribute {@code n}.</li>
 *   <li>CR800/CR1000 operator's manual, section 8 "Operation", the CSIXML example
 *       ({@code <r time="2010-12-20T11:37:45" no="10"><v1>13.29</v1><v2>21.04</v2></r>}).</li>
 * </ul>
 *
 * <h2>Recognition</h2>
 * The head, after an optional UTF-8 BOM, leading white space and an XML declaration, starts with the element
 * {@code <csixml}.
 *
 * <h2>Reading</h2>
 * Streamed with StAX ({@code javax.xml.stream}): only the head and the current record are held. The factory
 * supports no DTDs and no external entities, so a file cannot make the reader fetch or expand anything (a
 * file with a DTD that defines entities is refused). The XML declaration decides the encoding (UTF-8 by
 * default). Identity: logger = station-name (empty: option {@code logger}, else the file name), table =
 * table-name, model, serial = serial-no.
 *
 * <h2>Channels</h2>
 * One per field, raw name, unit = {@code units}, statistic = {@code process}, except fields whose process is
 * {@code TMx}/{@code TMn} and fields of type {@code xsd:string} (text) or {@code xsd:dateTime} (timestamp):
 * those are listed in {@code skippedColumns()}. Numeric types: float, double, long, int, short, byte and their
 * unsigned forms; {@code xsd:boolean} is a channel reading {@code true}/{@code false} as 1/0 (and numbers as
 * they are). Another type refuses the file. Missing markers: the standard set ({@code NAN}...).
 *
 * <h2>Records</h2>
 * A value is addressed by {@code v<k>} (1-based field number) or by {@code <v n="...">} with the field's
 * number or name. A record that does not give every field a value, names no field, or has no or an
 * unreadable {@code time} is a bad row ({@code RowException}, the line of its {@code <r>}); reading goes on.
 * XML that is not well-formed after the head (a cut-off file, a mismatched tag) is a bad row whose reason is
 * the parser's, ending {@code the rest of the file is not read}; the next {@code next()} returns false, so
 * the records before it load. A broken head refuses the file. {@code lineNumber()} is the line of the record's
 * {@code <r>}. The record number {@code no} is not used.
 *
 * <h2>Timestamps</h2>
 * {@code time} in the shapes of {@code StampParser} (xsd:dateTime {@code yyyy-MM-ddTHH:mm:ss[.f]}); a written
 * offset or {@code Z} wins, else the configured zone.
 *
 * <h2>Unconfirmed</h2>
 * <ul>
 *   <li>Stamp position END, by analogy with TOA5; no Campbell text says it for CSIXML.</li>
 *   <li>Whether {@code n} holds the field's name or its number: both are accepted.</li>
 *   <li>How booleans are written ({@code true}/{@code false} or {@code -1}/{@code 0}): both are accepted.</li>
 * </ul>
 */
package io.loggerflow.parsers.csixml;
