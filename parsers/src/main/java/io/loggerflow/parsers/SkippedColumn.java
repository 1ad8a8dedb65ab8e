package io.loggerflow.parsers;

/**
 * A column of the file that is not a measurement and is therefore not among a reader's channels: a
 * time-of-maximum/minimum column, a text column, a sub-second or record-number field. Readers list these
 * once per file so that nothing a file holds is left out without a word.
 *
 * @param name   the column's name as the header writes it
 * @param reason why it is not stored, e.g. {@code time of maximum (TMx)} or {@code text column}
 */
public record SkippedColumn(String name, String reason) {
}
