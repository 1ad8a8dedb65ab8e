package io.loggerflow.worker.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parts of one inbox file came to — the members of an archive, the tables of a multi-table file —
 * added up into the outcome of the file: readings, rows left out, the parts' rejected-row listings, and
 * the reasons of the parts that failed.
 */
final class PartOutcomes {
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder rejected = new StringBuilder();
    private long readings;
    private long skippedRows;

    void add(ImportOutcome part) {
        readings += part.readings();
        skippedRows += part.skippedRows();
        if (part.rejected() != null) {
            rejected.append(part.rejected());
        }
        if (part.status() == FileStatus.FAILED) {
            failures.add(part.reason());
        }
    }

    /** A failure of the whole that no part reported (e.g. an archive holding no files). */
    void fail(String reason) {
        failures.add(reason);
    }

    FileStatus status() {
        return failures.isEmpty() ? FileStatus.LOADED : FileStatus.FAILED;
    }

    /** Null when every part loaded, else "k of n {parts} failed: …". */
    String reason(int parts, String kind) {
        return failures.isEmpty() ? null
                : failures.size() + " of " + parts + " " + kind + " failed: " + String.join("; ", failures);
    }

    long readings() {
        return readings;
    }

    long skippedRows() {
        return skippedRows;
    }

    ImportOutcome outcome(Path path, long fileId, String reason) {
        return new ImportOutcome(path, fileId, status(), readings, reason, null, skippedRows,
                rejected.length() == 0 ? null : rejected.toString());
    }
}
