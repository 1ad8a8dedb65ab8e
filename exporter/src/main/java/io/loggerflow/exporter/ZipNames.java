package io.loggerflow.exporter;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The zip file name of each source in one output folder: its {@link ExportSource#fileStem()}, with
 * {@code -<source id>} appended when two sources would otherwise share a name (names are compared
 * ignoring case, as some file systems do).
 */
public final class ZipNames {
    private ZipNames() {
    }

    public static Map<Integer, String> assign(List<ExportSource> sources) {
        return assign(sources, ExportFormat.PER_TYPE);
    }

    /** The same names with the format's extension ({@code .zip}, or the layout's text file when not zipped). */
    public static Map<Integer, String> assign(List<ExportSource> sources, ExportFormat format) {
        Map<String, Integer> uses = new HashMap<>();
        for (ExportSource source : sources) {
            uses.merge(source.fileStem().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (ExportSource source : sources) {
            boolean shared = uses.get(source.fileStem().toLowerCase(Locale.ROOT)) > 1;
            names.put(source.id(), format.fileName(source.fileStem() + (shared ? "-" + source.id() : "")));
        }
        return names;
    }
}
