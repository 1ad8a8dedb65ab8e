package io.loggerflow.worker.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where inbox files go once handled. Nothing is ever deleted: a loaded or duplicate file moves to
 * {@code archive/<site>/<yyyy-MM-dd>/}, a failed one to {@code failed/} next to a {@code .error.txt}.
 * A name already taken gets a numeric suffix rather than overwriting anything.
 */
public final class InboxFiles {
    private final Path archiveDir;
    private final Path failedDir;

    public InboxFiles(Path archiveDir, Path failedDir) {
        this.archiveDir = archiveDir;
        this.failedDir = failedDir;
    }

    public Path archive(Path file, String site) throws IOException {
        Path folder = archiveDir.resolve(site).resolve(LocalDate.now(ZoneOffset.UTC).toString());
        return moveInto(file, folder);
    }

    public Path quarantine(Path file, String reason) throws IOException {
        Path moved = moveInto(file, failedDir);
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".error.txt"),
                "file: " + file + System.lineSeparator() + "reason: " + reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return moved;
    }

    private static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path target = folder.resolve(attempt == 0 ? name : withSuffix(name, attempt));
            try {
                // No REPLACE_EXISTING: an existing file is never overwritten.
                return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                if (Files.exists(target)) {
                    continue;
                }
                return Files.move(file, target); // across file systems: copy then delete, still no overwrite
            }
        }
    }

    private static String withSuffix(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
