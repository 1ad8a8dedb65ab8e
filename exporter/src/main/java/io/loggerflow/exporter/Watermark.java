package io.loggerflow.exporter;

import java.nio.file.Files;
import java.nio.file.Path;

/** What a configuration last exported for a source. */
record Watermark(ExportRange range, long dataVersion, Path zip) {

    /** True when exporting the plan again would write the same zip, and that zip is still there. */
    boolean covers(ExportPlan plan, Path target) {
        return range.equals(plan.range()) && dataVersion == plan.source().dataVersion()
                && zip.equals(target) && Files.isRegularFile(target);
    }
}
