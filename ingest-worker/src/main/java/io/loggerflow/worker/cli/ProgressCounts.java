package io.loggerflow.worker.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The counts behind a progress report. Synchronized: a reporting thread reads them while the command adds to
 * them, and a line must never show the files of one moment with the readings of another.
 */
final class ProgressCounts {
    private final String task;
    private final String unit;
    private final long total;
    private final LongSupplier nanoTime;
    private final long started;
    private long done;
    private long readings;

    ProgressCounts(String task, String unit, long total, LongSupplier nanoTime) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    synchronized void add(long units, long values) {
        done += units;
        readings += values;
    }

    synchronized void complete() {
        done = total;
    }

    synchronized long done() {
        return done;
    }

    String task() {
        return task;
    }

    String unit() {
        return unit;
    }

    long total() {
        return total;
    }

    synchronized long readingsPerSecond() {
        double seconds = elapsed().toNanos() / 1e9;
        return seconds <= 0 ? 0 : Math.round(readings / seconds);
    }

    /** E.g. {@code import: 12/50 files, 34567 readings (2880 readings/s), ETA 00:00:38}. */
    synchronized String line() {
        long finished = done;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d/%d %s, %d readings (%d readings/s)",
                task, finished, total, unit, readings, readingsPerSecond()));
        if (finished >= total) {
            line.append(", done in ").append(clock(elapsed()));
        } else if (finished > 0) {
            // files of one backfill are alike: the mean time per file so far is the best guess for the rest
            Duration eta = elapsed().multipliedBy(total - finished).dividedBy(finished);
            line.append(", ETA ").append(clock(eta));
        }
        return line.toString();
    }

    private Duration elapsed() {
        return Duration.ofNanos(nanoTime.getAsLong() - started);
    }

    private static String clock(Duration d) {
        long seconds = d.toSeconds();
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
