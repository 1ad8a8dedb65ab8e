package io.loggerflow.worker.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/** The JobRunr job that runs one export configuration (recurring, triggered, or deferred). */
public class ExportConfigJob implements JobRequest {
    private String name;

    public ExportConfigJob() {
        // for JobRunr's JSON mapper
    }

    public ExportConfigJob(String name) {
        this.name = name;
    }

    @Override
    public Class<ExportConfigJobHandler> getJobRequestHandler() {
        return ExportConfigJobHandler.class;
    }

    public String getName() {
        return name;
    }
}
