package io.loggerflow.worker.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The JobRunr job for one file: only what is needed to find and read it; everything else is looked up
 * when it runs. Serialized by JobRunr into its jobs table.
 */
public class ImportFileJob implements JobRequest {
    private String path;
    private boolean fromInbox;
    private String site;
    private String format;
    private String timeZone;

    public ImportFileJob() {
        // for JobRunr's JSON mapper
    }

    /**
     * @param site     explicit site, or null to take it from the folder settings
     * @param format   explicit format, or null to take it from the folder settings or detect it
     * @param timeZone explicit zone id, or null to take it from the folder settings
     */
    public ImportFileJob(String path, boolean fromInbox, String site, String format, String timeZone) {
        this.path = path;
        this.fromInbox = fromInbox;
        this.site = site;
        this.format = format;
        this.timeZone = timeZone;
    }

    @Override
    public Class<ImportFileJobHandler> getJobRequestHandler() {
        return ImportFileJobHandler.class;
    }

    public String getPath() {
        return path;
    }

    public boolean isFromInbox() {
        return fromInbox;
    }

    public String getSite() {
        return site;
    }

    public String getFormat() {
        return format;
    }

    public String getTimeZone() {
        return timeZone;
    }
}
