package io.loggerflow.worker.testing;

import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Builds test archives from files: entry name -> file to store. */
public final class Archives {
    private Archives() {
    }

    public static Path zip(Path target, Map<String, Path> entries) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getKey())); // names are not checked: zip-slip tests need that
                Files.copy(e.getValue(), out);
                out.closeArchiveEntry();
            }
        }
        return target;
    }

    public static Path encryptedZip(Path target, Map<String, Path> entries, String password, EncryptionMethod method)
            throws IOException {
        ZipParameters parameters = new ZipParameters();
        parameters.setEncryptFiles(true);
        parameters.setEncryptionMethod(method);
        parameters.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
        try (ZipFile zip = new ZipFile(target.toFile(), password.toCharArray())) {
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                parameters.setFileNameInZip(e.getKey());
                zip.addFile(e.getValue().toFile(), parameters);
            }
        }
        return target;
    }

    public static Path sevenZ(Path target, Map<String, Path> entries, String password) throws IOException {
        try (SevenZOutputFile out = password == null ? new SevenZOutputFile(target.toFile())
                : new SevenZOutputFile(target.toFile(), password.toCharArray())) {
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                SevenZArchiveEntry entry = out.createArchiveEntry(e.getValue(), e.getKey());
                out.putArchiveEntry(entry);
                out.write(Files.readAllBytes(e.getValue()));
                out.closeArchiveEntry();
            }
        }
        return target;
    }

    /** A tar, compressed with {@code compression} = none, gz, bz2 or xz. */
    public static Path tar(Path target, Map<String, Path> entries, String compression) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
             OutputStream compressed = compress(file, compression);
             TarArchiveOutputStream out = new TarArchiveOutputStream(compressed)) {
            for (Map.Entry<String, Path> e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(Files.size(e.getValue()));
                out.putArchiveEntry(entry);
                Files.copy(e.getValue(), out);
                out.closeArchiveEntry();
            }
        }
        return target;
    }

    /** One file compressed with gz, bz2 or xz. */
    public static Path compressed(Path target, Path content, String compression) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); OutputStream out = compress(file, compression)) {
            Files.copy(content, out);
        }
        return target;
    }

    private static OutputStream compress(OutputStream out, String compression) throws IOException {
        return switch (compression) {
            case "none" -> new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            };
            case "gz" -> new GzipCompressorOutputStream(out);
            case "bz2" -> new BZip2CompressorOutputStream(out);
            case "xz" -> new XZCompressorOutputStream(out);
            default -> throw new IllegalArgumentException(compression);
        };
    }
}
