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
        committed = true;
        return size;
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
