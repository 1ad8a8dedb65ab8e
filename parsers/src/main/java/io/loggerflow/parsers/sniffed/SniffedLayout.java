package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.generic.NumberCells;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;

/**
 * Everything the sniffer established about a file, what the reader reads it with, and its one-line account
 * ({@link #describe()}) that the worker records with the file so a person can check it.
 *
 * @param headerLine     1-based line of the column names
 * @param unitsLine      1-based line of the units, 0 when none
 * @param dataLine       1-based first data line
 * @param stampColumns   one column, or date and time
 * @param stampNames     their names
 * @param channelColumns the column of each channel
 * @param markers        the missing-value markers the head holds
 */
record SniffedLayout(Charset charset, String encoding, char delimiter, char decimal, boolean decimalSniffed,
                     int headerLine, int unitsLine, int dataLine, int width, int[] stampColumns, List<String> stampNames,
                     StampReading stamps, ZoneId zone, int[] channelColumns, List<Channel> channels,
                     List<SkippedColumn> skipped, NumberCells numbers, List<String> markers) {

    /** The stamp column's name, or the date and time columns' joined with {@code +}, for error messages. */
    String stampLabel() {
        return String.join("+", stampNames);
    }

    String describe() {
        StringJoiner text = new StringJoiner("; ");
        text.add("encoding " + encoding);
        text.add("delimiter " + TableShape.delimiterName(delimiter));
        text.add("decimal '" + decimal + "'" + (decimalSniffed ? "" : " (option decimal)"));
        text.add("names on line " + headerLine + (unitsLine > 0 ? ", units on line " + unitsLine : "")
                + ", data from line " + dataLine);
        text.add("timestamp '" + String.join("' + '", stampNames) + "' as " + stamps.pattern() + " (" + stamps.evidence() + ")");
        text.add("zone " + (stamps.offsets() ? "from the offset in the stamps" : zone + " (the folder's timezone)"));
        text.add("missing markers " + (markers.isEmpty() ? "none seen" : String.join(", ", markers)));
        if (!skipped.isEmpty()) {
            StringJoiner names = new StringJoiner(", ");
            skipped.forEach(c -> names.add(c.name() + " (" + c.reason() + ")"));
            text.add("left out " + names);
        }
        text.add(channels.size() + " sensors, metadata guessed from the column names");
        return text.toString();
    }
}
