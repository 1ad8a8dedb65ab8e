package io.loggerflow.worker.watch;

import io.loggerflow.worker.jobs.ImportFileJob;
import io.loggerflow.worker.jobs.JobSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;

/**
 * Enqueues the import of one version of an inbox file under its deterministic job id ({@link InboxJobIds}),
 * for the watcher and the upload alike: whoever sees the file first enqueues it, the other finds the job
 * waiting, so a file is imported once.
 */
public final class InboxImports {
    private final Path inbox;
    private final JobSystem jobs;

    /** @param inbox the inbox root as the watcher sees it (absolute, normalised), so job ids match */
    public InboxImports(Path inbox, JobSystem jobs) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.jobs = jobs;
    }

    public Path inbox() {
        return inbox;
    }

    /** The job id of the file as it is now (size and modification time). */
    public UUID versionId(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return InboxJobIds.of(inbox, file, attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    /**
     * Enqueues the file's import unless a job for this version is waiting or running already.
     *
     * @return the id of the job enqueued now, or empty when one was waiting
     * @throws RuntimeException when JobRunr's storage is unavailable (the watcher offers the file again)
     */
    public Optional<UUID> enqueue(Path file, UUID versionId) {
        Path absolute = file.toAbsolutePath().normalize();
        Optional<UUID> free = jobs.nextFreeJobId(versionId);
        free.ifPresent(id -> jobs.enqueueImport(Optional.of(id),
                new ImportFileJob(absolute.toString(), true, null, null, null), "import " + absolute.getFileName()));
        return free;
    }
}
