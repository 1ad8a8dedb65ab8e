package io.loggerflow.worker.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where inbox files go once handled. Nothing is ever deleted: a loaded or duplicate file moves to
 * {@code archive/<site>/<yyyy-MM-dd>/} (next to a {@code .rejected.txt} listing the rows left out, if any), a
 * failed one to {@code failed/} next to a {@code .error.txt}.
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
        writeNextTo(moved, ".error.txt", "file: " + file + System.lineSeparator() + "reason: " + reason
                + System.lineSeparator());
        return moved;
    }

    /** Writes {@code <name>.rejected.txt} next to an archived file whose load left rows out. */
    public Path writeRejected(Path archived, String account) throws IOException {
        return writeNextTo(archived, ".rejected.txt", account);
    }

    private static Path writeNextTo(Path moved, String suffix, String text) throws IOException {
        for (int attempt = 0; ; attempt++) {
            // never truncate an existing file: a user's own x.error.txt may sit in failed/ already
            Path note = moved.resolveSibling(moved.getFileName() + (attempt == 0 ? "" : "-" + attempt) + suffix);
            try {
                Files.writeString(note, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
                return note;
            } catch (FileAlreadyExistsException e) {
                continue;
            }
        }
    }

    private static Path moveInto(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            Path target = folder.resolve(attempt == 0 ? name : withSuffix(name, attempt));
            if (Files.exists(target)) {
                continue;
            }
            try {
                // A hard link appears atomically and never replaces an existing name (a rename would: on
                // Linux ATOMIC_MOVE silently overwrites); only then is the inbox entry removed.
                Files.createLink(target, file);
            } catch (FileAlreadyExistsException e) {
                continue; // taken meanwhile: try the next name
            } catch (IOException | UnsupportedOperationException e) {
                // Another file system (archive/ on another mount) or no hard links: a plain move, which
                // also refuses an existing target (copy then delete across file systems).
                try {
                    return Files.move(file, target);
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
            }
            try {
                Files.delete(file);
            } catch (IOException e) {
                Files.deleteIfExists(target); // undo the link: the file must not be reported as moved
                throw e;
            }
            return target;
        }
    }

    private static String withSuffix(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
