package io.loggerflow.parsers.mixedarray;

import io.loggerflow.parsers.Cells;
import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.LoggerNames;
import io.loggerflow.parsers.MissingValues;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowException;
import io.loggerflow.parsers.RowReaderBase;
import io.loggerflow.parsers.StampPosition;
import io.loggerflow.parsers.generic.Options;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Streams the lines of one output array of a mixed-array file; the other mapped arrays' lines are passed over. */
final class MixedArrayReader extends RowReaderBase {
    private static final String CONFIGURE = "set the folder's format options array.<id>.columns = <name>,<name>,..."
            + " (one name per value after the time fields) for each array ID the file holds, and optionally"
            + " array.<id>.table, array.<id>.interval (minutes), array.<id>.time-fields (default year,doy,hhmm),"
            + " array.<id>.units and array.<id>.statistics";

    private final String fileName;
    private final BufferedReader lines;
    private final ArrayLayout layout;
    private final Set<String> mapped;
    private final ZoneId zone;
    private final double[] sentinels;
    private final int firstValue;
    private String[] row;
    private long line;
    private long timestampMillis;

    MixedArrayReader(Reader reader, String fileName, ArrayLayout layout, Set<String> mapped, ParseSettings settings) {
        this.fileName = fileName;
        this.lines = new BufferedReader(reader, 64 * 1024);
        this.layout = layout;
        this.mapped = Set.copyOf(mapped);
        this.zone = settings.timeZone();
        Options options = new Options(MixedArrayFormat.NAME, settings);
        this.sentinels = sentinels(settings);
        this.firstValue = 1 + layout.timeFields().size();
        this.identity = new LoggerIdentity(LoggerNames.fallback(fileName, settings), layout.table(), null, null);
        List<Channel> found = new ArrayList<>();
        for (int i = 0; i < layout.columns().size(); i++) {
            found.add(new Channel(layout.columns().get(i), layout.units().get(i), layout.statistics().get(i)));
        }
        this.channels = List.copyOf(found);
        this.stampPosition = options.stampPosition("stamp-position").orElse(StampPosition.END);
        this.interval = layout.interval();
    }

    /** The array option {@link LoggerFormat#TABLE_OPTION} names, else the only one mapped. */
    static ArrayLayout selected(Map<String, ArrayLayout> layouts, ParseSettings settings, String fileName) {
        String id = settings.option(LoggerFormat.TABLE_OPTION).map(String::trim).orElse(null);
        if (id != null) {
            ArrayLayout layout = layouts.get(id);
            if (layout == null) {
                throw new IllegalArgumentException("campbell-mixed-array option '" + LoggerFormat.TABLE_OPTION + "' = '"
                        + id + "': no array." + id + ".columns is configured (configured arrays: "
                        + String.join(", ", layouts.keySet()) + ")");
            }
            return layout;
        }
        if (layouts.size() > 1) {
            throw new InputFormatException(fileName, 0, null, "the configuration maps arrays "
                    + String.join(", ", layouts.keySet()) + ": a file of several arrays is read one array at a time"
                    + " (LoggerFormat.tables), or set option " + LoggerFormat.TABLE_OPTION + " to read one of them");
        }
        return layouts.values().iterator().next();
    }

    static InputFormatException noMapping(String fileName) {
        return new InputFormatException(fileName, 0, null, "a mixed-array file has no column names, so it needs a"
                + " mapping: " + CONFIGURE);
    }

    static InputFormatException unmapped(String fileName, long line, String id) {
        return new InputFormatException(fileName, line, null, "array " + id + " has no mapping: " + CONFIGURE);
    }

    /** The array ID a line starts with, or null for a blank line or one that does not start with a number. */
    static String arrayId(String line) {
        int comma = line.indexOf(',');
        String id = (comma < 0 ? line : line.substring(0, comma)).trim();
        return !id.isEmpty() && id.length() <= 4 && id.chars().allMatch(Character::isDigit)
                ? String.valueOf(Integer.parseInt(id)) : null;
    }

    private static double[] sentinels(ParseSettings settings) {
        String text = settings.option("missing").orElse(null);
        if (text == null) {
            return new double[0];
        }
        try {
            return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("campbell-mixed-array option 'missing' = '" + text
                    + "': expected comma-separated numbers, e.g. -99999,6999", e);
        }
    }

    @Override
    public boolean next() throws IOException {
        String text;
        while ((text = readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String id = arrayId(text);
            if (id == null) {
                throw new RowException(fileName, line, null, "not a line of an output array (it must start with"
                        + " the array ID): '" + Cells.abbreviate(text) + "'");
            }
            if (!id.equals(layout.id())) {
                if (mapped.contains(id)) {
                    continue; // another table of this file, read by its own reader
                }
                throw new RowException(fileName, line, null, "array " + id + " has no mapping: " + CONFIGURE);
            }
            String[] cells = text.split(",", -1);
            if (cells.length != layout.fieldCount()) {
                throw new RowException(fileName, line, null, "array " + id + ": expected " + layout.fieldCount()
                        + " fields (ID, " + layout.timeFields().size() + " time fields, " + layout.columns().size()
                        + " values) but found " + cells.length);
            }
            try {
                timestampMillis = ArrayTimes.millis(cells, layout.timeFields(), zone);
            } catch (DateTimeException e) {
                throw new RowException(fileName, line, "time", "not a time: " + e.getMessage());
            }
            row = cells;
            return true;
        }
        return false;
    }

    private String readLine() throws IOException {
        try {
            return lines.readLine();
        } catch (CharacterCodingException e) {
            throw new InputFormatException(fileName, line + 1, null, "not valid UTF-8 text", e);
        }
    }

    @Override
    public long timestampMillis() {
        return timestampMillis;
    }

    @Override
    public double value(int channel) {
        String text = row[firstValue + channel];
        double value;
        try {
            value = MissingValues.parse(text);
        } catch (NumberFormatException e) {
            throw new RowException(fileName, line, channels.get(channel).name(),
                    "not a number: '" + Cells.abbreviate(text) + "'");
        }
        return Cells.isAny(value, sentinels) ? Double.NaN : value;
    }

    @Override
    public long lineNumber() {
        return line;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
