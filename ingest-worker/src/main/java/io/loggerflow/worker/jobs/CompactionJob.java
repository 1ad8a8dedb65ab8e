package io.loggerflow.worker.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/** The recurring JobRunr job that compacts settled chunks ({@code compaction.cron}). */
public class CompactionJob implements JobRequest {
    @Override
    public Class<CompactionJobHandler> getJobRequestHandler() {
        return CompactionJobHandler.class;
    }
}
