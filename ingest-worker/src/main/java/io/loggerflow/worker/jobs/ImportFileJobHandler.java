package io.loggerflow.worker.jobs;

import io.loggerflow.worker.config.FolderSettings;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.load.ImportService;
import io.loggerflow.worker.watch.InboxLayout;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Runs {@link ImportFileJob}s. Input errors end the job normally (the file is recorded as failed, not
 * retried); database and I/O errors propagate so JobRunr retries the job with backoff.
 */
public class ImportFileJobHandler implements JobRequestHandler<ImportFileJob> {
    private final ImportService importService;
    private final InboxLayout inbox;

    public ImportFileJobHandler(ImportService importService, InboxLayout inbox) {
        this.importService = importService;
        this.inbox = inbox;
    }

    @Override
    public void run(ImportFileJob job) throws Exception {
        Path path = Path.of(job.getPath());
        FolderSettings folder;
        try {
            folder = inbox.settingsFor(path);
        } catch (io.loggerflow.worker.config.ConfigException e) {
            ImportOutcome refused = importService.refuse(path, job.isFromInbox(),
                    Optional.ofNullable(jobContext().getJobId()), "unconfigured", e.getMessage());
            jobContext().logger().warn("failed: " + refused.reason());
            return;
        }
        folder = folder.override(job.getSite(), job.getFormat(),
                Optional.ofNullable(job.getTimeZone()).map(ZoneId::of).orElse(null));
        ImportRequest request = new ImportRequest(path, job.isFromInbox(), folder,
                Optional.ofNullable(jobContext().getJobId()));
        ImportOutcome outcome = importService.importFile(request);
        jobContext().logger().info(outcome.status().dbValue() + ": " + outcome.readings() + " readings"
                + (outcome.reason() == null ? "" : " (" + outcome.reason() + ")"));
    }
}
