package io.loggerflow.exporter;

import java.nio.file.Path;
import java.util.List;

/** The outcome of exporting one source. */
public record ExportResult(Status status, ExportSource source, ExportRange range, Path zip, List<String> files,
                           long rows, long readings, long bytes, long millis) {

    public enum Status {
        /** A zip was written. */
        EXPORTED,
        /** Same range and data version as the last export of this configuration: nothing written. */
        UNCHANGED,
        /** The source has no stored readings to export. */
        EMPTY
    }

    static ExportResult notWritten(Status status, ExportSource source, ExportRange range, Path zip) {
        return new ExportResult(status, source, range, zip, List.of(), 0, 0, 0, 0);
    }
}
