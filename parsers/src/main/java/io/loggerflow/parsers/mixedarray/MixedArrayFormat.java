package io.loggerflow.parsers.mixedarray;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.parsers.InputSource;
import io.loggerflow.parsers.LoggerFormat;
import io.loggerflow.parsers.ParseSettings;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.RowReaders;
import io.loggerflow.parsers.TextInput;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Campbell Scientific mixed-array final storage (CR10X, CR23X, CR510, 21X) as comma-separated text, read
 * through a per-folder mapping of its output arrays; see {@code package-info.java}. Never detected.
 */
public final class MixedArrayFormat implements LoggerFormat {
    static final String NAME = "campbell-mixed-array";

    @Override
    public String name() {
        return NAME;
    }

    /** Header-less lines of numbers: any tool could write them, so only a folder's format setting selects this. */
    @Override
    public boolean detect(byte[] head) {
        return false;
    }

    @Override
    public DetectionRank detectionRank() {
        return DetectionRank.GENERIC;
    }

    /** The mapped arrays in the order the file first shows them; an array without a mapping refuses the file. */
    @Override
    public List<String> tables(InputSource source, ParseSettings settings) throws IOException {
        Map<String, ArrayLayout> layouts = ArrayMappings.of(settings);
        if (layouts.isEmpty()) {
            throw MixedArrayReader.noMapping(source.name());
        }
        if (settings.option(TABLE_OPTION).isPresent()) {
            return List.of(MixedArrayReader.selected(layouts, settings, source.name()).id());
        }
        Set<String> seen = new LinkedHashSet<>();
        try (BufferedReader lines = new BufferedReader(TextInput.utf8Reader(source.open()), 64 * 1024)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String id = MixedArrayReader.arrayId(line);
                if (id == null || seen.contains(id)) {
                    continue; // blank, or not a line of numbers: each table's reader reports such a line
                }
                if (!layouts.containsKey(id)) {
                    throw MixedArrayReader.unmapped(source.name(), number, id);
                }
                seen.add(id);
            }
        } catch (CharacterCodingException e) {
            throw new InputFormatException(source.name(), 0, null, "not valid UTF-8 text", e);
        }
        return List.copyOf(new ArrayList<>(seen));
    }

    @Override
    public RowReader open(InputSource source, ParseSettings settings) throws IOException {
        Map<String, ArrayLayout> layouts = ArrayMappings.of(settings);
        if (layouts.isEmpty()) {
            throw MixedArrayReader.noMapping(source.name());
        }
        ArrayLayout layout = MixedArrayReader.selected(layouts, settings, source.name());
        return RowReaders.open(source, in -> new MixedArrayReader(TextInput.utf8Reader(in), source.name(), layout,
                layouts.keySet(), settings));
    }
}
