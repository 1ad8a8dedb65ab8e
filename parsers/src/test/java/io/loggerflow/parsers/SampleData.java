package io.loggerflow.parsers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the repository's sample-data folder from a module's working directory. */
public final class SampleData {
    private SampleData() {
    }

    public static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sample-data").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sample-data/" + relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** Every sample file outside the folder of {@code sample}: the files a format's detection must not claim. */
    public static List<Path> filesOutsideFolderOf(Path sample) throws IOException {
        Path folder = sample.getParent();
        try (Stream<Path> files = Files.walk(folder.getParent())) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(folder)).toList();
        }
    }
}
