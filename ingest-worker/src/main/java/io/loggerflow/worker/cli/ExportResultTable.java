package io.loggerflow.worker.cli;

import io.loggerflow.exporter.ExportResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints export results, one line per source. */
final class ExportResultTable {
    private ExportResultTable() {
    }

    static void print(List<ExportResult> results, PrintWriter out) {
        TextTable table = new TextTable("SOURCE", "STATUS", "RANGE (UTC)", "ROWS", "READINGS", "MB", "SECONDS", "FILE");
        for (ExportResult r : results) {
            table.row(r.source().key(), r.status().name().toLowerCase(Locale.ROOT), r.range(), r.rows(), r.readings(),
                    String.format(Locale.ROOT, "%.1f", r.bytes() / 1e6),
                    String.format(Locale.ROOT, "%.1f", r.millis() / 1e3), r.zip());
        }
        table.print(out);
    }
}
