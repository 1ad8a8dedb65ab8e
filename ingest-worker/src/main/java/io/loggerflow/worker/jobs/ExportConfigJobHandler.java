package io.loggerflow.worker.jobs;

import io.loggerflow.exporter.ConfiguredExports;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.UnknownExportConfigException;
import io.loggerflow.worker.metrics.ExportMetrics;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Runs {@link ExportConfigJob}s, at most {@code export.parallel} at once in this process (fewer than its
 * workers, so imports always keep a worker). When every slot is busy the export is scheduled again a
 * little later instead of holding a worker while it waits; an export's connection comes from its own
 * pool, so it never takes one an import needs.
 */
public class ExportConfigJobHandler implements JobRequestHandler<ExportConfigJob> {
    private final ConfiguredExports exports;
    private final Semaphore slots;
    private final JobSystem jobs;
    private final Duration retryDelay;
    private final ExportMetrics metrics;
    private final ExportRuns runs;

    public ExportConfigJobHandler(ConfiguredExports exports, int parallel, JobSystem jobs, Duration retryDelay,
                                  ExportMetrics metrics, DataSource dataSource) {
        this.exports = exports;
        this.slots = new Semaphore(parallel);
        this.jobs = jobs;
        this.retryDelay = retryDelay;
        this.metrics = metrics;
        this.runs = new ExportRuns(dataSource);
    }

    @Override
    public void run(ExportConfigJob job) throws Exception {
        if (!slots.tryAcquire()) {
            Instant later = Instant.now().plus(retryDelay);
            jobs.scheduleExport(job.getName(), later);
            jobContext().logger().info("all export slots busy: export " + job.getName() + " deferred to " + later);
            return;
        }
        try {
            List<ExportResult> results = runs.run(exports, job.getName());
            for (ExportResult result : results) {
                metrics.record(job.getName(), result);
                jobContext().logger().info(result.source().key() + ": " + result.status().name().toLowerCase()
                        + (result.status() == ExportResult.Status.EXPORTED
                        ? " " + result.readings() + " readings -> " + result.zip() : ""));
            }
        } catch (UnknownExportConfigException e) { // removed since the job was scheduled: nothing to retry
            jobContext().logger().warn(e.getMessage());
        } catch (Exception e) {
            metrics.failed(job.getName());
            throw e;
        } finally {
            slots.release();
        }
    }
}
