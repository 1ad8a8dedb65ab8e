/**
 * The rules Campbell Scientific's file formats share: the text formats TOA5 and TOACI1 read their header cells,
 * timestamps and first data row alike, and the binary formats TOB1 and TOB3 lay out and screen their header
 * fields and missing-value sentinels alike. One place for each rule keeps the readers from drifting apart.
 */
package io.loggerflow.parsers.campbell;
