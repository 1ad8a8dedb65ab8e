package io.loggerflow.parsers.sniffed;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.SkipReasons;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.generic.NumberCells;
import io.loggerflow.parsers.generic.Options;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out a file's layout from its head, step by step, and refuses, naming the line, the reason and the
 * option that settles it, wherever the head leaves a step open. Options set a step instead of sniffing it.
 */
final class Sniffer {
    private final String fileName;
    private final Options options;
    private final ZoneId zone;

    Sniffer(String fileName, Options options, ZoneId zone) {
        this.fileName = fileName;
        this.options = options;
        this.zone = zone;
    }

    SniffedLayout sniff(HeadText head) {
        Character forced = options.delimiter("delimiter").orElse(null);
        List<TableShape> shapes = TableShape.find(head.lines(), forced);
        if (shapes.isEmpty()) {
            throw error(1, null, "no table whose layout can be established: no line of column names followed by"
                    + " data rows of the same field count (at " + (forced != null ? TableShape.delimiterName(forced)
                    : "',', ';', tab or '|'") + "), with only title lines above the names and at most a units line"
                    + " below them; read it with format generic-wide and its options");
        }
        if (shapes.size() > 1) {
            throw doubt(1, null, new Doubt("the lines split into a table at " + TableShape.delimiterName(
                    shapes.get(0).rows().delimiter()) + " and at " + TableShape.delimiterName(
                    shapes.get(1).rows().delimiter()), "delimiter", String.valueOf(shapes.get(0).rows().delimiter())));
        }
        TableShape shape = shapes.get(0);
        char delimiter = shape.rows().delimiter();
        List<String> names = shape.names();
        List<String[]> data = shape.dataRows(HeadRows.split(head.lines(), delimiter, head.lines().size()));
        int headerLine = shape.headerIndex() + 1;
        int dataLine = shape.dataIndex() + 1;

        int[] stamp = stampColumns(shape, names, headerLine);
        List<String> stampNames = java.util.Arrays.stream(stamp).mapToObj(names::get).toList();
        List<String> stampTexts = data.stream().map(row -> StampColumns.text(row, stamp)).toList();
        if (StampColumns.repeats(data, stamp)) {
            throw error(dataLine, names.get(stamp[0]), "most rows repeat the stamp of the row before: a long table"
                    + " (one row per stamp and sensor), which format generic-tidy reads");
        }
        StampReading stamps;
        try {
            stamps = options.get("timestamp-pattern").isPresent()
                    ? StampReading.ofPattern(options.get("timestamp-pattern").get(), zone)
                    : StampReading.sniff(stampTexts, zone);
        } catch (Doubt d) {
            throw doubt(dataLine, names.get(stamp[0]), d);
        } catch (IllegalArgumentException e) {
            throw options.bad("timestamp-pattern", options.get("timestamp-pattern").orElse(""),
                    "not a java DateTimeFormatter pattern: " + e.getMessage());
        }

        Set<Integer> stampSet = new HashSet<>();
        for (int c : stamp) {
            stampSet.add(c);
        }
        boolean decimalSniffed = options.get("decimal").isEmpty();
        char decimal;
        try {
            decimal = decimalSniffed ? DecimalMark.sniff(data, stampSet, delimiter) : options.decimal("decimal");
        } catch (Doubt d) {
            throw doubt(dataLine, null, d);
        }
        if (decimal == delimiter) {
            throw options.bad("decimal", String.valueOf(decimal), "the decimal mark cannot be the delimiter");
        }
        NumberCells numbers = MissingMarkers.numbers(decimal, options.list("missing"));

        String[] units = shape.unitsIndex() >= 0 ? shape.rows().row(shape.unitsIndex()) : null;
        List<Channel> channels = new ArrayList<>();
        List<Integer> channelColumns = new ArrayList<>();
        List<SkippedColumn> skipped = new ArrayList<>();
        Set<String> seenNames = new HashSet<>();
        for (int c = 0; c < shape.width(); c++) {
            if (stampSet.contains(c)) {
                continue;
            }
            String name = names.get(c);
            if (name.isEmpty()) {
                if (holdsValues(data, c)) {
                    throw error(headerLine, "#" + (c + 1), "the column holds values but has no name");
                }
                continue; // a spreadsheet's padding
            }
            if (!seenNames.add(name)) {
                throw error(headerLine, name, "the column name appears twice in the names line");
            }
            if (!MissingMarkers.numeric(data, c, numbers)) {
                int column = c;
                boolean stampLike = data.stream().allMatch(row -> StampShapes.kind(row[column]) != StampShapes.Kind.OTHER);
                skipped.add(new SkippedColumn(name, stampLike ? SkipReasons.TIMESTAMP : SkipReasons.TEXT));
                continue;
            }
            channels.add(new Channel(name, Units.of(units == null ? null : units[c], name), null));
            channelColumns.add(c);
        }
        if (channels.isEmpty()) {
            throw error(headerLine, null, "no column holds numbers");
        }
        int[] columns = channelColumns.stream().mapToInt(Integer::intValue).toArray();
        return new SniffedLayout(head.charset(), head.encoding(), delimiter, decimal, decimalSniffed, headerLine,
                shape.unitsIndex() + 1, dataLine, shape.width(), stamp, stampNames, stamps, zone, columns,
                List.copyOf(channels), List.copyOf(skipped), numbers, MissingMarkers.seen(data, columns, numbers));
    }

    private int[] stampColumns(TableShape shape, List<String> names, int headerLine) {
        List<String> named = options.list("timestamp-column");
        if (!named.isEmpty()) {
            if (named.size() > 2) {
                throw options.bad("timestamp-column", String.join(",", named), "name one column, or two (date,time)");
            }
            int[] columns = new int[named.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = names.indexOf(named.get(i));
                if (columns[i] < 0) {
                    throw error(headerLine, named.get(i), "option timestamp-column names a column the names line"
                            + " does not have");
                }
            }
            return columns;
        }
        List<int[]> candidates = StampColumns.candidates(shape);
        if (candidates.isEmpty()) {
            throw doubt(headerLine, null, new Doubt("no column holds a date and time in every row of the head",
                    "timestamp-column", names.get(0) + " (and timestamp-pattern)"));
        }
        if (candidates.size() > 1) {
            List<String> which = candidates.stream().map(c -> c.length == 1 ? "'" + names.get(c[0]) + "'"
                    : "'" + names.get(c[0]) + "' + '" + names.get(c[1]) + "'").toList();
            throw doubt(headerLine, null, new Doubt("columns " + String.join(" and ", which)
                    + " both hold timestamps", "timestamp-column", names.get(candidates.get(0)[0])));
        }
        return candidates.get(0);
    }

    private static boolean holdsValues(List<String[]> data, int column) {
        return data.stream().anyMatch(row -> row[column] != null && !row[column].isBlank());
    }

    private InputFormatException doubt(long line, String column, Doubt doubt) {
        return error(line, column, doubt.advice());
    }

    private InputFormatException error(long line, String column, String reason) {
        return new InputFormatException(fileName, line, column, "generic-sniffed: " + reason);
    }
}
