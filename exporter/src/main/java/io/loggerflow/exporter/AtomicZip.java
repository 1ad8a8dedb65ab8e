package io.loggerflow.exporter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/**
 * A zip written under a hidden temporary name in its destination folder and renamed into place when
 * complete, so a reader sees the previous export or the new one, never half of one.
 */
final class AtomicZip implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final ZipOutputStream zip;
    private boolean committed;

    AtomicZip(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        sweepStalePartials(this.target.getParent());
        this.temp = this.target.resolveSibling("." + this.target.getFileName() + "." + UUID.randomUUID() + ".partial");
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        this.zip = new ZipOutputStream(out);
        // Text this regular deflates well at the fastest level; exports are waited for, archives are not.
        zip.setLevel(Deflater.BEST_SPEED);
    }

    ZipOutputStream stream() {
        return zip;
    }

    /** Finishes the zip, syncs it to disk and moves it into place; returns its size. */
    long commit() throws IOException {
        zip.close();
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
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
        try (var channel = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // e.g. Windows: the rename is still atomic, only its durability on power loss is not forced
        }
    }

    /** Removes temporary zips older than a day left by an export that was killed. */
    private static void sweepStalePartials(Path folder) {
        java.time.Instant dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        try (var entries = Files.newDirectoryStream(folder, ".*.zip.*.partial")) {
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
                zip.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
