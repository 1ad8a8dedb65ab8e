package io.loggerflow.exporter;

/** Hears an export's progress (log lines, progress bars, tests). */
public interface ExportListener {
    ExportListener NONE = new ExportListener() {
    };

    /** One measurement type's file is complete in the zip. */
    default void fileWritten(ExportSource source, String file, long rows, long readings) {
    }
}
