package io.loggerflow.exporter;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an export lays out a source's readings; named as on the command line and in export configurations. */
public enum ExportLayout {
    /** One wide CSV per measurement type in a zip, five header lines (name, height, orientation, statistic, unit). */
    PER_TYPE("per-type"),
    /** One tab-delimited text file per source that Windographer imports as it is. */
    WINDOGRAPHER("windographer"),
    /** The IEA Wind Task 43 floating lidar file format: a JSON header, then CSV with self-describing column names. */
    TASK43("task43");

    private final String text;

    ExportLayout(String text) {
        this.text = text;
    }

    public static ExportLayout parse(String text) {
        for (ExportLayout layout : values()) {
            if (layout.text.equals(text.trim().toLowerCase(Locale.ROOT))) {
                return layout;
            }
        }
        throw new IllegalArgumentException("a layout is one of " + Arrays.stream(values()).map(ExportLayout::toString)
                .collect(Collectors.joining(", ")) + ", not '" + text + "'");
    }

    @Override
    public String toString() {
        return text;
    }
}
