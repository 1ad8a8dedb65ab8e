package io.loggerflow.worker.watch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the inbox by scanning it: a file is handed on once its size and modification time have not
 * changed for the quiet period, i.e. once whoever writes it has finished. Scanning (rather than OS file
 * events) also works on network shares, where loggers' files usually land and where events are lost,
 * and it finds files that arrived while loggerflow was down.
 */
public final class InboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
    private static final int MAX_DEPTH = 4;

    /** A file that stopped changing, with the id of the job that will import this version of it. */
    public record StableFile(Path path, long size, UUID jobId) {
    }

    /** Receives stable files; returns false when the file could not be handed on (it is offered again). */
    public interface Listener {
        boolean onStable(StableFile file);
    }

    private record Seen(long size, long modifiedMillis, Object fileKey, Instant since) {
        boolean sameAs(BasicFileAttributes attributes) {
            return size == attributes.size() && modifiedMillis == attributes.lastModifiedTime().toMillis()
                    && java.util.Objects.equals(fileKey, attributes.fileKey());
        }
    }

    private final Path inbox;
    private final Duration quietPeriod;
    private final Duration scanInterval;
    private final Listener listener;
    private final Clock clock;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Set<Path> handedOn = new HashSet<>();
    private ScheduledExecutorService executor;

    public InboxWatcher(Path inbox, Duration quietPeriod, Duration scanInterval, Listener listener, Clock clock) {
        this.inbox = inbox;
        this.quietPeriod = quietPeriod;
        this.scanInterval = scanInterval;
        this.listener = listener;
        this.clock = clock;
    }

    public void start() {
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox " + inbox, e);
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "inbox-watcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::scanSafely, 0, scanInterval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Watching {} (a file is imported once unchanged for {} ms)", inbox, quietPeriod.toMillis());
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("Inbox scan failed, retrying: {}", e.toString());
        }
    }

    /** One pass over the inbox. */
    synchronized void scan() {
        Instant now = clock.instant();
        Set<Path> present = new HashSet<>();
        try (Stream<Path> files = Files.walk(inbox, MAX_DEPTH)) {
            files.filter(InboxWatcher::isCandidate).forEach(path -> {
                present.add(path);
                observe(path, now);
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot list the inbox {}: {}", inbox, e.getMessage());
            return;
        }
        seen.keySet().retainAll(present);
        handedOn.retainAll(present);
    }

    private void observe(Path path, Instant now) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOG.warn("Cannot read attributes of {}: {}", path, e.getMessage());
            return;
        }
        if (!attributes.isRegularFile()) {
            return;
        }
        Seen previous = seen.get(path);
        if (previous == null || !previous.sameAs(attributes)) {
            seen.put(path, new Seen(attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.fileKey(), now));
            handedOn.remove(path);
            return;
        }
        if (handedOn.contains(path) || Duration.between(previous.since(), now).compareTo(quietPeriod) < 0) {
            return;
        }
        StableFile stable = new StableFile(path, previous.size(),
                InboxJobIds.of(inbox, path, previous.size(), previous.modifiedMillis()));
        if (listener.onStable(stable)) {
            handedOn.add(path);
        }
    }

    private static boolean isCandidate(Path path) {
        return InboxNames.whyIgnored(path.getFileName().toString()).isEmpty() && Files.isRegularFile(path);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
