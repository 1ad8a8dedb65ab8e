package io.loggerflow.worker.jobs;

import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jobrunr.scheduling.JobBuilder.aJob;

/**
 * JobRunr, wired by hand (no global state): its PostgreSQL storage in loggerflow's database, a scheduler,
 * and optionally a background job server with a fixed number of workers.
 */
public final class JobSystem implements AutoCloseable {
    private final JsonMapper jsonMapper = new JacksonJsonMapper();
    private final StorageProvider storage;
    private final JobRequestScheduler scheduler;
    private final int retries;
    private BackgroundJobServer server;

    private final io.micrometer.core.instrument.MeterRegistry metrics;

    /** @param metrics where JobRunr's job and server metrics are published ({@code jobrunr_*}) */
    public JobSystem(DataSource dataSource, int retries, io.micrometer.core.instrument.MeterRegistry metrics) {
        this.storage = new PostgresStorageProvider(dataSource);
        this.storage.setJobMapper(new JobMapper(jsonMapper));
        this.metrics = metrics;
        new org.jobrunr.storage.metrics.StorageProviderMetricsBinder(storage, metrics);
        this.scheduler = new JobRequestScheduler(storage);
        this.retries = retries;
    }

    /** Starts processing jobs with these handlers. */
    public void startServer(int workers, Duration pollInterval, Map<Class<?>, Object> handlers) {
        JobActivator activator = new JobActivator() {
            @Override
            public <T> T activateJob(Class<T> type) {
                return type.cast(handlers.get(type));
            }
        };
        server = new BackgroundJobServer(storage, jsonMapper, activator,
                BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                        .andName("loggerflow-" + ProcessHandle.current().pid())
                        .andWorkerCount(workers)
                        .andPollInterval(pollInterval));
        server.start();
        new org.jobrunr.server.metrics.BackgroundJobServerMetricsBinder(server, metrics);
    }

    /**
     * Enqueues an import. With a deterministic id, enqueuing the same id again creates no second job.
     *
     * @return the job id
     */
    public UUID enqueueImport(Optional<UUID> id, ImportFileJob job, String name) {
        UUID jobId = id.orElseGet(UUID::randomUUID);
        JobId created = scheduler.create(aJob().withId(jobId).withName(name).withAmountOfRetries(retries)
                .withJobRequest(job));
        return created.asUUID();
    }

    /** An import to enqueue: its id, the job and the name the dashboard shows. */
    public record NewImport(UUID id, ImportFileJob job, String name) {
    }

    /**
     * Enqueues many imports in one transaction per batch of JobRunr's, not one per job: enqueuing a thousand
     * day files one by one cost a commit (a WAL flush) each, seconds before the first file was read.
     */
    public void enqueueImports(List<NewImport> imports) {
        scheduler.create(imports.stream().map(newImport -> aJob().withId(newImport.id()).withName(newImport.name())
                .withAmountOfRetries(retries).withJobRequest(newImport.job())));
    }

    /**
     * The id to enqueue a stable inbox file under, or empty when a job for it is already waiting or running.
     * When the job of that id has finished but the file is in the inbox again (re-sent with the same name,
     * size and time, or its move failed), a follow-up id derived from the finished one is used: every node
     * computes the same chain, so a re-sent file is still enqueued once.
     */
    public Optional<UUID> nextFreeJobId(UUID id) {
        UUID candidate = id;
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<StateName> state = state(candidate);
            if (state.isEmpty()) {
                return Optional.of(candidate);
            }
            if (!FINISHED.contains(state.get())) {
                return Optional.empty();
            }
            candidate = UUID.nameUUIDFromBytes((candidate + "|again").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }

    /** Registers (or replaces) the recurring job that runs an export configuration; cron in UTC. */
    public void scheduleRecurringExport(String id, String configName, String cron) {
        scheduler.createRecurrently(org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob().withId(id)
                .withName("export " + configName).withCron(cron).withZoneId(java.time.ZoneOffset.UTC)
                .withAmountOfRetries(retries).withJobRequest(new ExportConfigJob(configName)));
    }

    /** The id of the recurring compaction of settled chunks. */
    public static final String COMPACTION_JOB_ID = "compaction";

    /** Registers (or replaces) the recurring compaction of settled chunks; cron in UTC. */
    public void scheduleRecurringCompaction(String cron) {
        scheduler.createRecurrently(org.jobrunr.scheduling.RecurringJobBuilder.aRecurringJob().withId(COMPACTION_JOB_ID)
                .withName("compaction of settled chunks").withCron(cron).withZoneId(java.time.ZoneOffset.UTC)
                .withAmountOfRetries(retries).withJobRequest(new CompactionJob()));
    }

    /** Recurring jobs whose id starts with the prefix, with their schedule expressions. */
    public Map<String, String> recurringJobSchedules(String idPrefix) {
        Map<String, String> schedules = new java.util.HashMap<>();
        for (org.jobrunr.jobs.RecurringJob job : storage.getRecurringJobs()) {
            if (job.getId().startsWith(idPrefix)) {
                schedules.put(job.getId(), job.getScheduleExpression());
            }
        }
        return schedules;
    }

    public void deleteRecurringJob(String id) {
        scheduler.deleteRecurringJob(id);
    }

    /** Runs a recurring job now, as the dashboard's "Trigger" button does; empty when there is no such job. */
    public Optional<UUID> triggerRecurringJob(String id) {
        return storage.getRecurringJobs().stream().filter(job -> job.getId().equals(id)).findFirst()
                .map(job -> storage.save(job.toEnqueuedJob()).getId());
    }

    /** Runs an export configuration as soon as a worker is free. */
    public UUID enqueueExport(String configName) {
        return scheduler.create(aJob().withName("export " + configName).withAmountOfRetries(retries)
                .withJobRequest(new ExportConfigJob(configName))).asUUID();
    }

    /** Runs an export configuration at the given time (a deferred export). */
    public UUID scheduleExport(String configName, java.time.Instant at) {
        return scheduler.create(aJob().withName("export " + configName).withAmountOfRetries(retries)
                .scheduleAt(at).withJobRequest(new ExportConfigJob(configName))).asUUID();
    }

    private static final java.util.Set<StateName> FINISHED = java.util.EnumSet.of(StateName.SUCCEEDED,
            StateName.FAILED, StateName.DELETED);

    /** The job's state, or empty when JobRunr has no such job. */
    public Optional<StateName> state(UUID jobId) {
        try {
            return Optional.of(storage.getJobById(jobId).getState());
        } catch (JobNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The exception message of a failed job, if JobRunr recorded one. */
    public Optional<String> failureMessage(UUID jobId) {
        try {
            return storage.getJobById(jobId).getJobStatesOfType(org.jobrunr.jobs.states.FailedState.class)
                    .reduce((first, second) -> second)
                    .map(failed -> failed.getExceptionMessage());
        } catch (JobNotFoundException e) {
            return Optional.empty();
        }
    }

    public StorageProvider storage() {
        return storage;
    }

    public JsonMapper jsonMapper() {
        return jsonMapper;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        scheduler.shutdown();
        storage.close();
    }
}
