package io.loggerflow.exporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a configuration last exported for a source, and the zip it wrote (its size and modification time). */
record Watermark(ExportRange range, long dataVersion, Path zip, long zipBytes, long zipModifiedMillis) {

    /**
     * True when exporting the plan again would write the same zip, and the zip this configuration wrote is
     * still there unchanged (not deleted, nor replaced by another export).
     */
    boolean covers(ExportPlan plan, Path target) {
        if (!range.equals(plan.range()) || dataVersion != plan.source().dataVersion() || !zip.equals(target)) {
            return false;
        }
        try {
            return Files.size(target) == zipBytes && Files.getLastModifiedTime(target).toMillis() == zipModifiedMillis;
        } catch (IOException e) {
            return false;
        }
    }
}
