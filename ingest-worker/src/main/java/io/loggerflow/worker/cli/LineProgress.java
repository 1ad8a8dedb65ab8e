package io.loggerflow.worker.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress for logs and pipes: one plain line every interval, from a timer (so a single slow file still
 * shows the command is alive), and a final line when the command is done.
 */
final class LineProgress implements Progress {
    private final ProgressCounts counts;
    private final PrintWriter out;
    private final ScheduledExecutorService timer;

    LineProgress(ProgressCounts counts, Duration every, PrintWriter out) {
        this.counts = counts;
        this.out = out;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, every.toMillis());
        timer.scheduleAtFixedRate(this::print, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void advance(long units, long readings) {
        counts.add(units, readings);
    }

    @Override
    public void complete() {
        counts.complete();
    }

    @Override
    public boolean drawsBar() {
        return false;
    }

    private void print() {
        synchronized (out) {
            out.println(counts.line());
            out.flush();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS); // a line being printed finishes before the last one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        print();
    }
}
