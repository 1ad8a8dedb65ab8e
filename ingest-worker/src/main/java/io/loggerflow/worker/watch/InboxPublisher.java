package io.loggerflow.worker.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Puts a file into an inbox folder so that the watcher never sees it incomplete and nothing is overwritten.
 *
 * <p>The content is streamed (never held in memory) to a hidden {@code .upload-<uuid>} file in the target
 * folder, which the watcher ignores, forced to disk, then published under its final name with a hard
 * link, which appears atomically and fails when the name exists; the temporary name is removed
 * afterwards. Where the file system has no hard links, an exclusive copy is used (a rename could replace a
 * file appearing meanwhile). <b>An existing file is never overwritten</b>: a name already present is
 * refused before the content is read, else when publishing (two publishers of one name at once: one
 * wins). On any refusal or error the temporary file is removed and nothing else is left behind.
 */
public final class InboxPublisher {
    /** Prefix of the temporary files; hidden, so the watcher ignores them (see {@link InboxNames}). */
    static final String TEMP_PREFIX = ".upload-";

    private InboxPublisher() {
    }

    /** The file as published, and its size. */
    public record Published(Path file, long bytes) {
    }

    /** The name is taken in the folder: nothing was written. */
    public static final class NameTakenException extends FileAlreadyExistsException {
        NameTakenException(Path file) {
            super(file.toString());
        }
    }

    /** The content was empty: nothing was published. */
    public static final class EmptyContentException extends IOException {
        EmptyContentException(Path file) {
            super("empty content for " + file);
        }
    }

    /**
     * @param name a name {@link InboxNames#whyRefused} accepts (checked by the caller, who explains refusals)
     */
    public static Published publish(Path folder, String name, InputStream content) throws IOException {
        Path target = folder.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || takenIgnoringCase(folder, name)) {
            throw new NameTakenException(target); // early, before the content is read; checked again atomically
        }
        Files.createDirectories(folder);
        Path temp = folder.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            long bytes = writeDurably(temp, content);
            if (bytes == 0) {
                throw new EmptyContentException(target);
            }
            link(temp, target);
            Files.delete(temp);
            forceDirectory(folder);
            return new Published(target, bytes);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Windows sees {@code DATA.dat} and {@code data.dat} as one file: refused on every system alike, so an
     * upload does not load on Linux what it would be refused on Windows.
     */
    private static boolean takenIgnoringCase(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().equalsIgnoreCase(name));
        }
    }

    private static long writeDurably(Path temp, InputStream content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            content.transferTo(Channels.newOutputStream(channel));
            channel.force(true);
            return channel.size();
        }
    }

    /** Gives the complete temporary file its final name, never replacing an existing file. */
    private static void link(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new NameTakenException(target);
        } catch (UnsupportedOperationException | IOException e) {
            // No hard links here (some network file systems): copy, which creates the target exclusively;
            // the watcher waits until it is complete.
            try {
                Files.copy(temp, target);
            } catch (FileAlreadyExistsException exists) {
                throw new NameTakenException(target);
            }
        }
    }

    /** Makes the new name durable; not possible on every platform. */
    private static void forceDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // the file's content is on disk already; only its name might be lost in a power cut
        }
    }
}
