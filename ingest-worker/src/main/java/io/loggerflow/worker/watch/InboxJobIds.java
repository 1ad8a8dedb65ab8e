package io.loggerflow.worker.watch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The job id of one version of one inbox file. It depends only on the path inside the inbox, the size
 * and the modification time, so every node watching the same (shared) inbox, and the upload endpoint,
 * compute the same id and the file is enqueued once.
 */
public final class InboxJobIds {
    private InboxJobIds() {
    }

    public static UUID of(Path inbox, Path file, long size, long modifiedMillis) {
        String relative = inbox.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        String key = "inbox|" + relative + "|" + size + "|" + modifiedMillis;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
