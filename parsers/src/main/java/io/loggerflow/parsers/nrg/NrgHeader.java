package io.loggerflow.parsers.nrg;

import io.loggerflow.parsers.InputFormatException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The key/value header of an NRG text file, from line 1 up to the line {@code Data}. Sections start at a
 * title line (no tab, no colon, e.g. {@code Site Properties}); inside a section a blank line or a repeated key
 * starts a new block, and in {@code Sensor History} every {@code Channel} key starts a new block.
 */
final class NrgHeader {
    static final String SENSOR_HISTORY = "Sensor History";
    private static final int MAX_HEADER_LINES = 100_000;

    /** One {@code Key: Value} line. */
    record Field(String key, String value, long line) {
    }

    /** Consecutive fields of one section. */
    static final class Block {
        private final Map<String, Field> fields = new LinkedHashMap<>();

        Optional<Field> field(String key) {
            return Optional.ofNullable(fields.get(key.toLowerCase(Locale.ROOT)));
        }

        /** The value, or null when the key is absent or its value is blank. */
        String text(String key) {
            return field(key).map(Field::value).filter(v -> !v.isBlank()).orElse(null);
        }

        /** The value as a number, or null when absent, blank or not a plain number. */
        Double number(String key) {
            String text = text(key);
            if (text == null) {
                return null;
            }
            try {
                double value = Double.parseDouble(text);
                return Double.isFinite(value) ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private boolean has(String key) {
            return fields.containsKey(key.toLowerCase(Locale.ROOT));
        }

        private void put(Field field) {
            fields.put(field.key().toLowerCase(Locale.ROOT), field);
        }

        private boolean isEmpty() {
            return fields.isEmpty();
        }
    }

    private final Map<String, List<Block>> sections = new LinkedHashMap<>();
    private long dataLine;

    private NrgHeader() {
    }

    /**
     * Reads from line 1 (which must be {@code magic}) through the {@code Data} line.
     *
     * @throws InputFormatException when line 1 differs or no {@code Data} line follows
     */
    static NrgHeader read(HeaderLines lines, String magic, String fileName) throws IOException {
        String first = lines.next();
        if (first == null || !stripBom(first).strip().equals(magic)) {
            throw new InputFormatException(fileName, 1, null, "not an NRG file: line 1 must be '" + magic + "'");
        }
        NrgHeader header = new NrgHeader();
        String section = "";
        Block block = header.newBlock(section);
        for (String line = lines.next(); ; line = lines.next()) {
            if (line == null) {
                throw new InputFormatException(fileName, lines.lineNumber(), null,
                        "the file ends inside the header: no 'Data' line before the table");
            }
            if (lines.lineNumber() > MAX_HEADER_LINES) {
                throw new InputFormatException(fileName, lines.lineNumber(), null,
                        "no 'Data' line within the first " + MAX_HEADER_LINES + " lines");
            }
            String text = line.strip();
            if (text.equals("Data")) {
                header.dataLine = lines.lineNumber();
                return header;
            }
            if (text.isEmpty()) {
                if (!block.isEmpty()) {
                    block = header.newBlock(section);
                }
                continue;
            }
            Field field = parseField(line, lines.lineNumber());
            if (field == null) { // a section title
                section = text;
                block = header.newBlock(section);
                continue;
            }
            boolean newChannel = section.equalsIgnoreCase(SENSOR_HISTORY) && field.key().equalsIgnoreCase("Channel");
            if ((newChannel || block.has(field.key())) && !block.isEmpty()) {
                block = header.newBlock(section);
            }
            block.put(field);
        }
    }

    /** {@code Key:<TAB>Value}, {@code Key<TAB>Value} (seen for LOGR calculated channels) or {@code Key: Value}. */
    private static Field parseField(String line, long lineNumber) {
        int split = line.indexOf('\t');
        if (split < 0) {
            split = line.indexOf(':');
        }
        if (split < 0) {
            return null;
        }
        String key = line.substring(0, split).strip();
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return new Field(key, line.substring(split + 1).strip(), lineNumber);
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }

    private Block newBlock(String section) {
        Block block = new Block();
        sections.computeIfAbsent(section.toLowerCase(Locale.ROOT), s -> new ArrayList<>()).add(block);
        return block;
    }

    /** The non-empty blocks of a section ({@code ""} is the preamble before the first title), in file order. */
    List<Block> blocks(String section) {
        return sections.getOrDefault(section.toLowerCase(Locale.ROOT), List.of()).stream()
                .filter(b -> !b.isEmpty()).toList();
    }

    /** The first field with this key in a section. */
    Optional<Field> field(String section, String key) {
        return blocks(section).stream().flatMap(b -> b.field(key).stream()).findFirst();
    }

    /** The first non-blank value with this key in a section, or null. */
    String text(String section, String key) {
        return field(section, key).map(Field::value).filter(v -> !v.isBlank()).orElse(null);
    }

    /** The first non-blank value with this key in any section but the sensor history, or null. */
    String text(String key) {
        for (Map.Entry<String, List<Block>> section : sections.entrySet()) {
            if (section.getKey().equals(SENSOR_HISTORY.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Block block : section.getValue()) {
                String value = block.text(key);
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The first field with this key in any section but the sensor history. */
    Optional<Field> field(String key) {
        return sections.entrySet().stream()
                .filter(s -> !s.getKey().equals(SENSOR_HISTORY.toLowerCase(Locale.ROOT)))
                .flatMap(s -> s.getValue().stream())
                .flatMap(b -> b.field(key).stream())
                .findFirst();
    }

    /** The sensor-history block of a channel number with the latest {@code Effective Date}, or null. */
    Block sensor(int channel) {
        return latest(blocks(SENSOR_HISTORY).stream().filter(b -> {
            Double number = b.number("Channel");
            return number != null && number == channel;
        }).toList(), "Effective Date");
    }

    /**
     * The block with the greatest date text (NRG writes sortable {@code yyyy-MM-dd HH:mm:ss}); on ties or
     * missing dates the later block in the file. Null when there are no blocks.
     */
    static Block latest(List<Block> blocks, String dateKey) {
        Block best = null;
        String bestDate = null;
        for (Block b : blocks) {
            String date = b.text(dateKey);
            boolean earlier = date != null && bestDate != null && date.compareTo(bestDate) < 0;
            if (best == null || !earlier) {
                best = b;
                bestDate = date;
            }
        }
        return best;
    }

    /** 1-based line number of the {@code Data} line; the column header is the next line. */
    long dataLine() {
        return dataLine;
    }
}
