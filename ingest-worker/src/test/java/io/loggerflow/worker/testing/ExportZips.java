package io.loggerflow.worker.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads export zips in tests. */
public final class ExportZips {
    private ExportZips() {
    }

    public static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().map(ZipEntry::getName).toList();
        }
    }

    public static List<String> lines(Path zip, String entry) throws IOException {
        List<String> lines = new ArrayList<>();
        forEachLine(zip, entry, lines::add);
        return lines;
    }

    /** Streams an entry's lines (exports can be larger than a test's heap). */
    public static void forEachLine(Path zip, String entry, Consumer<String> consumer) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry found = file.getEntry(entry);
            if (found == null) {
                throw new AssertionError(zip + " has no entry " + entry);
            }
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(file.getInputStream(found), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    consumer.accept(line);
                }
            }
        }
    }

    /** The data line of a wide file whose timestamp cell is {@code stamp}, split into cells. */
    public static String[] row(List<String> lines, String stamp) {
        return lines.stream().filter(line -> line.startsWith(stamp + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + stamp)).split(",", -1);
    }
}
