package io.loggerflow.parsers;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
