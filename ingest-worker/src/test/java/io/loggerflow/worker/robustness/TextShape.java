package io.loggerflow.worker.robustness;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SampleExpectations.Sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A delimited-text sample: its header is the lines before the first data row, and each channel is the column
 * (or columns, when two always hold the same numbers) whose cells equal the channel's values in every row of
 * the unmutated sample. The reader is asked only once, on the intact sample, to learn that mapping; every
 * mutant is then judged from its own text.
 */
final class TextShape implements SampleShape {
    private static final String GARBAGE = "abcXYZ0123456789.,;:\"'-+ \t#*/=";
    private static final Set<String> MISSING = Set.of("", "NAN", "INF", "+INF", "-INF", "INFINITY", "-INFINITY", "NULL");

    private final Sample sample;
    private final List<byte[]> lines;
    private final int headerLines;
    private final int baseRows;
    private final char delimiter;
    private final boolean decimalComma;
    private final String lineEnd;
    private final Set<String> channels = new LinkedHashSet<>();
    /** Wide layout: the channels each column holds. */
    private final Map<Integer, List<String>> channelsOfColumn = new HashMap<>();
    /** Tidy layout (one line per reading): the sensor and value columns, and the header's width; else -1. */
    private final int sensorColumn;
    private final int valueColumn;
    private final int width;

    private TextShape(Sample sample, int baseRows) throws IOException {
        this.sample = sample;
        this.baseRows = baseRows;
        this.lines = Units.lines(Files.readAllBytes(sample.file()), 0);
        this.lineEnd = text(lines.get(0)).endsWith("\r\n") ? "\r\n" : "\n";
        boolean tidy = sample.format().equals("generic-tidy");
        try (RowReader reader = FormatRegistry.standard().require(sample.format())
                .open(InputSource.of(sample.file()), new ParseSettings(ZoneOffset.UTC, sample.options()))) {
            reader.channels().forEach(c -> channels.add(c.name()));
            if (!reader.next()) {
                throw new IllegalStateException(sample.name() + " has no rows");
            }
            headerLines = tidy ? 1 : (int) reader.lineNumber() - 1;
            // a Kintech .wnd row separates its cells with blanks and groups thousands with ',' (1,008.0)
            boolean blankSeparated = sample.format().equals("kintech-wnd");
            delimiter = blankSeparated ? ' ' : delimiterOf(text(lines.get(headerLines)));
            decimalComma = delimiter != ',' && !blankSeparated;
            if (tidy) {
                List<String> names = List.of(cells(lines.get(0))).stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
                sensorColumn = names.indexOf("sensor");
                valueColumn = names.indexOf("value");
                width = names.size();
            } else {
                sensorColumn = -1;
                valueColumn = -1;
                width = -1;
                learnColumns(reader);
            }
        }
    }

    static TextShape of(Sample sample, int baseRows) {
        try {
            return new TextShape(sample, baseRows);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Intersects, row by row, the columns whose cell equals each channel's value. */
    private void learnColumns(RowReader reader) throws IOException {
        List<Channel> list = reader.channels();
        List<Set<Integer>> candidates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            candidates.add(null);
        }
        do {
            String[] cells = cells(lines.get((int) reader.lineNumber() - 1));
            for (int i = 0; i < list.size(); i++) {
                double value = reader.value(i);
                if (Double.isNaN(value)) {
                    continue;
                }
                Set<Integer> matching = new HashSet<>();
                for (int k = 0; k < cells.length; k++) {
                    if (FileValues.number(cells[k], decimalComma) == value) {
                        matching.add(k);
                    }
                }
                if (candidates.get(i) == null) {
                    candidates.set(i, matching);
                } else {
                    candidates.get(i).retainAll(matching);
                }
            }
        } while (reader.next());
        for (int i = 0; i < list.size(); i++) {
            Set<Integer> columns = candidates.get(i);
            if (columns == null || columns.isEmpty()) {
                throw new IllegalStateException(sample.name() + ": no column holds the values of channel "
                        + list.get(i).name() + " in every row: the corpus cannot judge its mutants");
            }
            for (int k : columns) {
                channelsOfColumn.computeIfAbsent(k, c -> new ArrayList<>()).add(list.get(i).name());
            }
        }
    }

    @Override
    public Sample sample() {
        return sample;
    }

    @Override
    public Units base() {
        int end = Math.min(lines.size(), headerLines + baseRows);
        return new Units(lines.subList(0, headerLines), lines.subList(headerLines, end));
    }

    @Override
    public byte[] blankUnit(Random random) {
        return ((random.nextBoolean() ? "" : "   ") + lineEnd).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] garbageUnit(Random random) {
        StringBuilder line = new StringBuilder();
        int length = 3 + random.nextInt(58);
        for (int i = 0; i < length; i++) {
            line.append(GARBAGE.charAt(random.nextInt(GARBAGE.length())));
        }
        if (line.toString().isBlank()) {
            line.append('#');
        }
        return (line + lineEnd).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public boolean keepsLineBreaks(byte[] bytes, int offset) {
        return true;
    }

    @Override
    public long dataRows(Mutant mutant) {
        List<byte[]> all = Units.lines(mutant.bytes(), 0);
        List<String> data = new ArrayList<>();
        for (int i = Math.max(0, headerLines - mutant.removedHeaderLines()); i < all.size(); i++) {
            String line = text(all.get(i));
            if (!line.isBlank()) {
                data.add(line);
            }
        }
        return sensorColumn < 0 ? data.size() : tidyRows(data);
    }

    /** Runs of well-formed lines with the same timestamp text are one row each; every other line is a row of its own. */
    private long tidyRows(List<String> data) {
        long rows = 0;
        String runStamp = null;
        for (String line : data) {
            String[] cells = withoutBreak(line).split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
            boolean wellFormed = cells.length == width && !cells[sensorColumn].isBlank()
                    && (!Double.isNaN(FileValues.number(cells[valueColumn], decimalComma))
                    || MISSING.contains(cells[valueColumn].strip().toUpperCase(Locale.ROOT)));
            if (!wellFormed) {
                rows++;
            } else if (!cells[0].equals(runStamp)) {
                rows++;
                runStamp = cells[0];
            }
        }
        return rows;
    }

    @Override
    public FileValues values(Mutant mutant) {
        FileValues values = new FileValues();
        for (byte[] line : Units.lines(mutant.bytes(), 0)) {
            String[] cells = cells(line);
            for (int k = 0; k < cells.length; k++) {
                double value = FileValues.number(cells[k], decimalComma);
                values.addAnywhere(value);
                if (sensorColumn < 0) {
                    for (String channel : channelsOfColumn.getOrDefault(k, List.of())) {
                        values.add(channel, value);
                    }
                }
            }
            if (sensorColumn >= 0 && cells.length > Math.max(sensorColumn, valueColumn)) {
                values.add(cells[sensorColumn].strip(), FileValues.number(cells[valueColumn], decimalComma));
            }
        }
        return values;
    }

    @Override
    public Set<String> channels() {
        return channels;
    }

    private String[] cells(byte[] line) {
        return withoutBreak(text(line)).split(delimiter == '\t' ? "\t" : java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
    }

    private static String text(byte[] line) {
        return new String(line, StandardCharsets.ISO_8859_1);
    }

    private static String withoutBreak(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static char delimiterOf(String line) {
        char best = ',';
        long most = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = line.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }
}
