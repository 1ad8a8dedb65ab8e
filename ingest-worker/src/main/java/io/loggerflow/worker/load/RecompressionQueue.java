package io.loggerflow.worker.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * The recompressions that committed merges ask for, run one at a time on a thread of their own, each time
 * range once however many merges asked for it meanwhile. A burst of re-sent day files of a fleet falls into
 * the same one or two chunks: recompressed, vacuumed and reindexed after every file, they were the larger
 * part of a merge's time, and the import workers queued for the recompression lock. Now a file's job ends
 * at its commit, and the chunks are compressed again as soon as the recompression before has finished.
 * <p>
 * Best effort like the recompression itself: what is still pending when the process stops is left to the
 * compression policy and the nightly compaction.
 */
final class RecompressionQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RecompressionQueue.class);

    private final BiConsumer<Instant, Instant> recompression;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "loggerflow-recompression");
        t.setDaemon(true);
        return t;
    });
    /** Disjoint ranges waiting, first stamp to last. */
    private final TreeMap<Instant, Instant> pending = new TreeMap<>();
    private boolean draining;
    private boolean closed;

    /** @param recompression recompresses the chunks of a range ({@link ChunkRecompression#recompress}) */
    RecompressionQueue(BiConsumer<Instant, Instant> recompression) {
        this.recompression = recompression;
    }

    /** Asks for the chunks of [first, last] to be compressed again; joins a waiting range it overlaps. */
    synchronized void request(Instant first, Instant last) {
        if (closed) { // a load that committed while the process stops: never fail the committed file for this
            LOG.info("Stopping: the chunks of {} .. {} are left to the compression policy", first, last);
            return;
        }
        Instant from = first;
        Instant to = last;
        Map.Entry<Instant, Instant> before = pending.floorEntry(from);
        if (before != null && !before.getValue().isBefore(from)) {
            from = before.getKey();
        }
        for (Map.Entry<Instant, Instant> next = pending.ceilingEntry(from);
             next != null && !next.getKey().isAfter(to); next = pending.ceilingEntry(from)) {
            if (next.getValue().isAfter(to)) {
                to = next.getValue();
            }
            pending.remove(next.getKey());
        }
        pending.put(from, to);
        if (!draining) {
            draining = true;
            thread.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            List<Map.Entry<Instant, Instant>> ranges;
            synchronized (this) {
                if (pending.isEmpty()) {
                    draining = false;
                    notifyAll();
                    return;
                }
                ranges = new ArrayList<>(pending.entrySet());
                pending.clear();
            }
            for (Map.Entry<Instant, Instant> range : ranges) {
                try {
                    recompression.accept(range.getKey(), range.getValue());
                } catch (RuntimeException e) { // never lose the thread: the next ranges still get their turn
                    LOG.warn("Recompressing the chunks of {} .. {} failed (the compression policy will): {}",
                            range.getKey(), range.getValue(), e.toString());
                }
            }
        }
    }

    /** Waits until nothing is pending or running; false when the timeout passed first. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (draining) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Runs what is pending (at most {@code timeout} more), then stops the thread. */
    void close(Duration timeout) {
        synchronized (this) {
            closed = true; // what is pending still runs below; nothing new is taken
        }
        try {
            if (!awaitIdle(timeout)) {
                LOG.warn("Recompressions still pending after {}: left to the compression policy", timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.shutdownNow();
    }

    @Override
    public void close() {
        close(Duration.ofMinutes(10));
    }
}
