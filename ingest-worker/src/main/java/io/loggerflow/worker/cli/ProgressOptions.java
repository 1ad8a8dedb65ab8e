package io.loggerflow.worker.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;

/** {@code --quiet} and {@code --progress-every}: how a long command reports its progress. */
final class ProgressOptions {
    @Option(names = {"-q", "--quiet"}, description = "print no progress (the final table is printed all the same)")
    boolean quiet;

    @Option(names = "--progress-every", defaultValue = "PT10S", paramLabel = "DURATION",
            description = "when not on a terminal, print a progress line this often (ISO-8601, default ${DEFAULT-VALUE})")
    Duration every;

    /** A bar when a person watches a terminal, plain lines on {@code err} otherwise (logs, cron, pipes). */
    Progress start(String task, String unit, long total, PrintWriter err) {
        if (quiet || total == 0) {
            return Progress.NONE; // nothing to wait for: the command's own message says why
        }
        ProgressCounts counts = new ProgressCounts(task, unit, total, System::nanoTime);
        return System.console() != null ? new BarProgress(counts) : new LineProgress(counts, every, err);
    }
}
