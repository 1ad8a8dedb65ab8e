package io.loggerflow.worker.cli;

import io.loggerflow.worker.retract.RetractedPart;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints what a retraction removed (or would remove), and what it left to later files. */
final class RetractionTable {
    private RetractionTable() {
    }

    static void print(List<RetractedPart> parts, boolean dryRun, PrintWriter out) {
        TextTable table = new TextTable("FILE", "PART", "SOURCE", "FIRST", "LAST", dryRun ? "WOULD REMOVE" : "REMOVED",
                "OVERWRITTEN (KEPT)", "LATER OVERLAPPING FILES", "PATH");
        for (RetractedPart p : parts) {
            table.row(p.topId(), p.fileId(), p.source(), p.first(), p.last(), p.removed(), p.overwritten(),
                    p.laterFiles().stream().map(String::valueOf).collect(Collectors.joining(",")), p.path());
        }
        table.print(out);
        long files = parts.stream().map(RetractedPart::topId).distinct().count();
        long removed = parts.stream().mapToLong(RetractedPart::removed).sum();
        long overwritten = parts.stream().mapToLong(RetractedPart::overwritten).sum();
        out.printf("%s %d file(s): %d readings %s, %d readings later files overwrote stay theirs%n",
                dryRun ? "dry run, nothing changed: would retract" : "retracted", files, removed,
                dryRun ? "would be removed" : "removed", overwritten);
        if (parts.stream().anyMatch(p -> !p.laterFiles().isEmpty())) {
            // merge_update keeps a reading's file when a later file repeats its value: such readings go too
            out.println("note: where a later overlapping file repeated a value unchanged, that reading was still "
                    + "the retracted file's" + (dryRun ? " and would be removed" : " and is removed")
                    + "; reimport the later file to restore it");
        }
    }
}
