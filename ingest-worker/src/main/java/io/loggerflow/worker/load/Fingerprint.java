package io.loggerflow.worker.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's size and SHA-256, computed by streaming it once: the key under which its content is loaded at most
 * once. A file of several tables is keyed per table ({@link #ofTable}) and, for the tables it was read as, as a
 * whole ({@link #ofTables}), so each table loads, and is a duplicate, on its own.
 */
public record Fingerprint(long size, String sha256) {

    public static Fingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new Fingerprint(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** The key of one table of this file. */
    Fingerprint ofTable(String tableId) {
        return new Fingerprint(size, sha256 + "#table=" + tableId);
    }

    /**
     * The key of this file read as these tables: not the bare hash, so that a folder later configured to read
     * more of the file's tables loads those instead of calling the whole file a duplicate.
     */
    Fingerprint ofTables(java.util.List<String> tableIds) {
        return new Fingerprint(size, sha256 + "#tables=" + String.join(",", tableIds));
    }
}
