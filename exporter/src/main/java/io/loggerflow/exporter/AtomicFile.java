package io.loggerflow.exporter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A file written under a hidden temporary name in its destination folder and renamed into place when
 * complete, so a reader sees the previous export or the new one, never half of one.
 */
final class AtomicFile implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        sweepStalePartials(this.target.getParent());
        this.temp = this.target.resolveSibling("." + this.target.getFileName() + "." + UUID.randomUUID() + ".partial");
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    OutputStream stream() {
        return out;
    }

    /** Closes the stream, syncs the file to disk and moves it into place; returns its size. */
    long commit() throws IOException {
        out.close();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        long size = Files.size(temp);
        // Same folder, so the rename is atomic on every supported file system.
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.getParent());
        committed = true;
        return size;
    }

    /** Makes the rename itself durable; file systems that cannot open a folder for syncing are skipped. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // e.g. Windows: the rename is still atomic, only its durability on power loss is not forced
        }
    }

    /** Removes temporary files older than a day left by an export that was killed. */
    private static void sweepStalePartials(Path folder) {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (var entries = Files.newDirectoryStream(folder, ".*.{zip,txt,csv}.*.partial")) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // best effort: a leftover temporary file is harmless
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
