package io.loggerflow.exporter;

import java.time.Instant;
import java.util.List;

/** The {@code export.txt} inside each zip: what was exported, how, and which conventions apply. */
final class ExportManifest {
    static final String FILE_NAME = "export.txt";

    private ExportManifest() {
    }

    static String text(ExportPlan plan, ExportCleaning cleaning, List<String> files, Instant exportedAt,
                       ExportFormat format) {
        StringBuilder text = new StringBuilder();
        text.append("loggerflow export\r\n");
        text.append("source: ").append(plan.source().key()).append("\r\n");
        text.append("range: ").append(plan.range().from()).append(" (inclusive) to ")
                .append(plan.range().to()).append(" (exclusive)\r\n");
        text.append("interval_seconds: ").append(plan.interval().toSeconds()).append("\r\n");
        text.append("layout: ").append(format.layout()).append("\r\n");
        text.append("timestamps: UTC, start of each averaging interval; one row per interval\r\n");
        text.append("missing or flagged readings: ")
                .append(format.missing().isEmpty() ? "empty cells" : "'" + format.missing() + "'").append("\r\n");
        text.append("calibrations_applied: ").append(cleaning.calibrations()).append("\r\n");
        text.append("flag_windows_applied: ").append(cleaning.flagWindows()).append("\r\n");
        for (FlagEffect flag : cleaning.flags()) {
            text.append("flag ").append(flag.id()).append(": ").append(flag.scope())
                    .append(flag.target() == null ? "" : " " + flag.target()).append(", ").append(flag.from())
                    .append(" to ").append(flag.to()).append(", ").append(flag.reason()).append(": ")
                    .append(flag.removed()).append(" readings removed\r\n");
        }
        text.append("data_version: ").append(plan.source().dataVersion()).append("\r\n");
        text.append("exported_at: ").append(exportedAt).append("\r\n");
        switch (format.layout()) {
            case PER_TYPE -> {
                text.append("header_lines: name, ");
                text.append(String.join(", ", WideFileWriter.HEADER_LABELS)).append("\r\n");
                for (String file : files) {
                    String type = file.substring(0, file.length() - ".csv".length());
                    text.append("file: ").append(file).append(" (")
                            .append(plan.columnsByType().get(type).size()).append(" sensors)\r\n");
                }
            }
            case WINDOGRAPHER -> text.append("header_lines: Windographer preamble, Date/Time and column names, units\r\n")
                    .append("file: ").append(files.get(0)).append(" (").append(plan.allColumns().size())
                    .append(" sensors, tab-delimited)\r\n");
            case TASK43 -> text.append("header_lines: JSON header (IEA Task 43 floating lidar file format ")
                    .append(Task43Header.FORMAT_VERSION).append("), timestamp and column names\r\n")
                    .append("file: ").append(files.get(0)).append(" (").append(plan.allColumns().size())
                    .append(" sensors)\r\n");
        }
        text.append("file: ").append(CoverageCsv.FILE_NAME).append(" (valid readings per sensor and month)\r\n");
        return text.toString();
    }
}
