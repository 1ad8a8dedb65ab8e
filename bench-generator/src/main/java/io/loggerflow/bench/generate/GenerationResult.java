package io.loggerflow.bench.generate;

import java.util.List;
import java.nio.file.Path;

/**
 * What a generation run wrote.
 *
 * @param files    files created (day files or archives), sorted
 * @param rows     data rows over all day files
 * @param readings value cells that are not missing: exactly what loggerflow stores (RECORD is not a reading)
 * @param bytes    total size of {@code files} on disk
 */
public record GenerationResult(List<Path> files, long rows, long readings, long bytes) {
    public GenerationResult {
        files = List.copyOf(files);
    }

    public double megabytes() {
        return bytes / (1024.0 * 1024.0);
    }
}
