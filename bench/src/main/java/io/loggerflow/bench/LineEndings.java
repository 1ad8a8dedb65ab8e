package io.loggerflow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites generated day files (loose or in zips) with LF instead of CRLF line ends, as a transfer in text mode
 * or a re-export passes files on: the same readings in other bytes, so a re-send of them is not a duplicate by
 * content but an overlap whose values are all stored already.
 */
final class LineEndings {
    private LineEndings() {
    }

    /** Rewrites each file in place; returns them. */
    static List<Path> toLf(List<Path> files) throws IOException {
        List<Path> rewritten = new ArrayList<>(files.size());
        for (Path file : files) {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            if (file.getFileName().toString().endsWith(".zip")) {
                rezip(file, temporary);
            } else {
                Files.write(temporary, lf(Files.readAllBytes(file)));
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            rewritten.add(file);
        }
        return rewritten;
    }

    private static void rezip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(entry.getTimeLocal());
                out.putNextEntry(copy);
                out.write(lf(in.readAllBytes()));
                out.closeEntry();
            }
        }
    }

    private static byte[] lf(byte[] text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length);
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                continue;
            }
            out.write(text[i]);
        }
        return out.toByteArray();
    }
}
