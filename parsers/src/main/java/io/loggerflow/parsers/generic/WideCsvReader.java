package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.DelimitedRowReader;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.StampPosition;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Streams a {@link WideCsvFormat} file row by row. */
final class WideCsvReader extends DelimitedRowReader {
    private static final Set<String> ATTRIBUTES = Set.of("unit", "statistic", "height", "orientation", "type");

    private final LineSource lines;
    private final int[] timestampColumns;
    private final String timestampLabel;
    private final int columnCount;
    private final Timestamps timestamps;
    private final NumberCells numbers;

    WideCsvReader(LineSource lines, Options options) throws IOException {
        super(lines.fileName());
        this.lines = lines;
        char delimiter = options.delimiter("delimiter").orElse(',');
        char decimal = options.decimal("decimal");
        if (decimal == delimiter) {
            throw options.bad("decimal", String.valueOf(decimal), "the decimal mark cannot be the delimiter");
        }
        int headerLine = options.positiveInt("header-line", 1);
        int dataStart = options.positiveInt("data-start-line", headerLine + 1);
        if (dataStart <= headerLine) {
            throw options.bad("data-start-line", String.valueOf(dataStart), "must be after header-line " + headerLine);
        }
        this.timestamps = options.timestamps("timestamp-pattern", null);
        this.numbers = new NumberCells(decimal, options.list("missing"));
        this.stampPosition = options.stampPosition("stamp-position").orElse(StampPosition.UNKNOWN);
        this.interval = options.interval("interval").orElse(null);
        this.identity = options.identity(fileName);

        String header = null;
        while (lines.line() < headerLine) {
            header = lines.readLine();
            if (header == null) {
                throw lines.error(lines.line(), null, "the file ends before header-line " + headerLine);
            }
        }
        String[] names = trimTrailingEmpty(lines.split(header, delimiter));
        this.columnCount = names.length;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i] == null ? "" : names[i].trim();
            if (name.isEmpty()) {
                throw lines.error(headerLine, "#" + (i + 1), "empty column name in the header line");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw lines.error(headerLine, name, "the column name appears twice in the header line");
            }
        }
        if (index.isEmpty()) {
            throw lines.error(headerLine, null, "the header line names no columns");
        }

        List<String> tsNames = options.list("timestamp-columns");
        if (tsNames.isEmpty()) {
            tsNames = List.of(index.keySet().iterator().next());
        }
        if (tsNames.size() > 2) {
            throw options.bad("timestamp-columns", String.join(",", tsNames), "name one column, or two (date,time)");
        }
        this.timestampColumns = new int[tsNames.size()];
        for (int i = 0; i < tsNames.size(); i++) {
            timestampColumns[i] = require(index, tsNames.get(i), headerLine, "timestamp-columns");
        }
        this.timestampLabel = String.join("+", tsNames);
        Set<Integer> excluded = new HashSet<>();
        for (int c : timestampColumns) {
            excluded.add(c);
        }
        for (String skip : options.list("skip-columns")) {
            excluded.add(require(index, skip, headerLine, "skip-columns"));
        }

        Map<String, Channel> byName = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            if (!excluded.contains(e.getValue())) {
                byName.put(e.getKey(), new Channel(e.getKey(), null, null));
            }
        }
        if (byName.isEmpty()) {
            throw lines.error(headerLine, null, "no channel columns left after the timestamp and skipped columns");
        }
        applyColumnOptions(options, byName, headerLine);
        this.channels = List.copyOf(byName.values());
        int[] channelColumns = byName.keySet().stream().mapToInt(index::get).toArray();

        while (lines.line() < dataStart - 1) {
            if (lines.readLine() == null) {
                break; // a header without data
            }
        }
        rows(lines.rows(delimiter), channelColumns, lines);
    }

    private int require(Map<String, Integer> index, String name, int headerLine, String key) {
        Integer column = index.get(name);
        if (column == null) {
            throw lines.error(headerLine, name, "option " + key + " names a column the header line does not have");
        }
        return column;
    }

    private void applyColumnOptions(Options options, Map<String, Channel> byName, int headerLine) {
        Map<String, String> all = new HashMap<>(options.settings().options());
        for (Map.Entry<String, String> e : all.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("column.")) {
                continue;
            }
            int dot = key.lastIndexOf('.');
            String attribute = key.substring(dot + 1);
            if (dot <= "column.".length() || !ATTRIBUTES.contains(attribute)) {
                throw options.bad(key, e.getValue(), "expected column.<name>.unit|statistic|height|orientation|type");
            }
            String name = key.substring("column.".length(), dot);
            Channel channel = byName.get(name);
            if (channel == null) {
                throw lines.error(headerLine, name, "option " + key + " names no channel column of the header line");
            }
            String value = e.getValue().trim();
            if (value.isEmpty()) {
                continue;
            }
            Object parsed = value;
            if (attribute.equals("height")) {
                parsed = ColumnMeta.height(value);
                if (parsed == null) {
                    throw options.bad(key, value, "expected a height in metres (80 or 80m)");
                }
            } else if (attribute.equals("orientation")) {
                parsed = ColumnMeta.orientation(value);
                if (parsed == null) {
                    throw options.bad(key, value, "expected degrees 0-360 or a compass point (N, SSE...)");
                }
            }
            byName.put(name, ColumnMeta.with(channel, attribute, parsed));
        }
    }

    private static String[] trimTrailingEmpty(String[] names) {
        int n = names.length;
        while (n > 0 && (names[n - 1] == null || names[n - 1].isBlank())) {
            n--;
        }
        return n == names.length ? names : java.util.Arrays.copyOf(names, n);
    }



    @Override
    protected long timestampOf(String[] row) {
        long line = lineNumber();
        lines.requireFields(row, columnCount, line);
        String text = row[timestampColumns[0]];
        if (timestampColumns.length == 2) {
            text = (text == null ? "" : text.trim()) + " " + (row[timestampColumns[1]] == null ? "" : row[timestampColumns[1]].trim());
        }
        return timestamps.parseCell(text, lines, line, timestampLabel, "");
    }

    @Override
    protected double number(String text) {
        return numbers.parse(text);
    }
}
