package io.loggerflow.exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/** A zip written as an {@link AtomicFile}: readers see the previous export or the new one, never half of one. */
final class AtomicZip implements AutoCloseable {
    private final AtomicFile file;
    private final ZipOutputStream zip;

    AtomicZip(Path target) throws IOException {
        this.file = new AtomicFile(target);
        this.zip = new ZipOutputStream(file.stream());
        // Text this regular deflates well at the fastest level; exports are waited for, archives are not.
        zip.setLevel(Deflater.BEST_SPEED);
    }

    ZipOutputStream stream() {
        return zip;
    }

    /** Finishes the zip, syncs it to disk and moves it into place; returns its size. */
    long commit() throws IOException {
        zip.finish();
        return file.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            file.close(); // deletes the temporary file unless committed
        }
    }
}
