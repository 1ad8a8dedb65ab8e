package io.loggerflow.worker.cli;

import io.loggerflow.exporter.ExportFormat;
import io.loggerflow.exporter.ExportLayout;
import picocli.CommandLine.Option;

/** How {@code export} and {@code export-config add} lay out each source's file. */
final class LayoutOptions {
    @Option(names = "--layout", defaultValue = "per-type",
            description = "per-type (default: a zip of one CSV per measurement type), windographer (one tab-delimited "
                    + ".txt per source for Windographer) or task43 (IEA Task 43 floating lidar file format)")
    String layout;

    @Option(names = "--missing", defaultValue = "",
            description = "text of a missing or flagged cell in the windographer and task43 layouts, e.g. 9999 "
                    + "(default: empty)")
    String missing;

    @Option(names = "--zip", negatable = true,
            description = "zip the file (default: windographer a plain .txt, the other layouts a zip)")
    Boolean zip;

    ExportFormat format() {
        ExportLayout chosen = ExportLayout.parse(layout);
        if (chosen == ExportLayout.PER_TYPE && !missing.isEmpty()) {
            throw new IllegalArgumentException("--missing applies to the windographer and task43 layouts; "
                    + "per-type cells are empty when missing");
        }
        return new ExportFormat(chosen, missing, zip);
    }
}
