package io.loggerflow.worker;

import com.zaxxer.hikari.HikariDataSource;
import io.loggerflow.parsers.FormatRegistry;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.db.ConnectionPool;
import io.loggerflow.worker.db.DatabaseServer;
import io.loggerflow.worker.db.Schema;
import io.loggerflow.worker.db.Sql;
import io.loggerflow.worker.jobs.ImportFileJob;
import io.loggerflow.worker.jobs.ImportFileJobHandler;
import io.loggerflow.worker.jobs.ImportResults;
import io.loggerflow.worker.jobs.JobSystem;
import io.loggerflow.worker.jobs.ExportConfigJobHandler;
import io.loggerflow.worker.jobs.ExportSchedules;
import io.loggerflow.worker.jobs.CompactionJobHandler;
import io.loggerflow.worker.compaction.ChunkCompaction;
import io.loggerflow.worker.metrics.ExportMetrics;
import io.loggerflow.exporter.ConfiguredExports;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.worker.load.ImportService;
import io.loggerflow.worker.load.InboxFiles;
import io.loggerflow.worker.load.WorkFolder;
import io.loggerflow.worker.unpack.Unpacker;
import io.loggerflow.worker.watch.InboxImports;
import io.loggerflow.worker.watch.InboxLayout;
import io.loggerflow.worker.watch.InboxWatcher;
import io.loggerflow.worker.web.DashboardServer;
import io.loggerflow.worker.web.HttpApiServer;
import io.loggerflow.worker.web.MetricsHandler;
import io.loggerflow.worker.web.UploadApi;
import io.loggerflow.worker.metrics.ExportScheduleGauges;
import io.loggerflow.worker.metrics.HealthGauges;
import io.loggerflow.worker.metrics.ImportMetrics;
import io.loggerflow.worker.metrics.Metrics;
import io.loggerflow.worker.health.HealthCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One loggerflow process: database, pool, schema, JobRunr and the import service, plus the parts a
 * command starts (workers, inbox watcher, dashboard). Closing stops them in reverse order.
 */
public final class Loggerflow implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Loggerflow.class);

    private final Settings settings;
    private final DatabaseServer database;
    private final HikariDataSource dataSource;
    private final Schema.Storage storage;
    private final JobSystem jobs;
    private final InboxLayout inbox;
    private final ImportService importService;
    private final Metrics metrics;
    private final HikariDataSource exportDataSource;
    private final ConfiguredExports configuredExports;
    private InboxWatcher watcher;
    private DashboardServer dashboard;
    private HttpApiServer httpApi;
    private java.util.concurrent.ScheduledExecutorService healthMonitor;
    private java.util.concurrent.ScheduledExecutorService exportScheduleSync;

    private Loggerflow(Settings settings, DatabaseServer database, HikariDataSource dataSource, Schema.Storage storage,
                       JobSystem jobs, Metrics metrics) {
        this.metrics = metrics;
        this.settings = settings;
        this.database = database;
        this.dataSource = dataSource;
        this.storage = storage;
        this.jobs = jobs;
        this.inbox = new InboxLayout(settings);
        this.exportDataSource = ConnectionPool.open(database.connectionInfo(), settings.exportParallel(),
                "loggerflow-export", metrics.registry());
        this.configuredExports = new ConfiguredExports(exportDataSource, new SourceExporter());
        this.importService = new ImportService(dataSource, FormatRegistry.standard(),
                new InboxFiles(settings.archiveDir(), settings.failedDir()), new Unpacker(settings.archiveLimits()),
                settings.workDir(), Schema.directCompressCopy(dataSource), new ImportMetrics(metrics.registry()));
    }

    /** Connects to (or starts) the database and brings the schema up to date. */
    public static Loggerflow open(Settings settings) {
        DatabaseServer database = DatabaseServer.fromSettings(settings);
        Metrics metrics = new Metrics();
        HikariDataSource dataSource = null;
        try {
            LOG.info("Database: {}", database.describe());
            int poolSize = ConnectionPool.sizeFor(settings.workers());
            dataSource = ConnectionPool.open(database.connectionInfo(), poolSize, "loggerflow", metrics.registry());
            // Nodes starting together must not create loggerflow's or JobRunr's tables at the same time.
            try (Connection lock = dataSource.getConnection(); Statement statement = lock.createStatement()) {
                statement.execute(Sql.load("db/startup_lock.sql"));
                try {
                    Schema.Storage storage = Schema.migrate(dataSource);
                    JobSystem jobs = new JobSystem(dataSource, settings.jobRetries(), metrics.registry());
                    return new Loggerflow(settings, database, dataSource, storage, jobs, metrics);
                } finally {
                    statement.execute(Sql.load("db/startup_unlock.sql"));
                }
            }
        } catch (SQLException e) {
            dataSource.close();
            database.close();
            metrics.close();
            throw new IllegalStateException("cannot prepare the database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            database.close();
            metrics.close();
            throw e;
        }
    }

    /** Starts the JobRunr background job server with the configured number of workers. */
    public void startWorkers() {
        // Imports always keep a worker (except with a single one): exports wait for a slot instead.
        int exportSlots = Math.max(1, Math.min(settings.exportParallel(), settings.workers() - 1));
        if (exportSlots < settings.exportParallel()) {
            LOG.warn("export.parallel {} lowered to {}: imports keep at least one of the {} workers",
                    settings.exportParallel(), exportSlots, settings.workers());
        }
        WorkFolder.sweep(settings.workDir(), java.time.Duration.ofDays(1));
        jobs.startServer(settings.workers(), settings.jobPollInterval(), Map.of(
                ImportFileJobHandler.class, new ImportFileJobHandler(importService, inbox),
                ExportConfigJobHandler.class, new ExportConfigJobHandler(configuredExports, exportSlots,
                        jobs, settings.exportRetryDelay(), new ExportMetrics(metrics.registry()), dataSource),
                CompactionJobHandler.class, new CompactionJobHandler(dataSource,
                        new ChunkCompaction(settings.compactionSettledAfter()))));
        if (storage == Schema.Storage.TIMESCALEDB_HYPERTABLE) { // plain PostgreSQL stores no batches
            jobs.scheduleRecurringCompaction(settings.compactionCron());
        }
        LOG.info("{} workers processing jobs (pool of {} connections, {} more for up to {} exports at once)",
                settings.workers(), ConnectionPool.sizeFor(settings.workers()), settings.exportParallel(), exportSlots);
        startExportScheduleSync();
    }

    /** Export configurations become JobRunr recurring jobs now, and again every minute (SQL edits included). */
    private void startExportScheduleSync() {
        exportScheduleSync = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "export-schedules");
            thread.setDaemon(true);
            return thread;
        });
        exportScheduleSync.scheduleWithFixedDelay(this::syncExportSchedules, 0, 60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Brings JobRunr's recurring export jobs in line with the export configurations; false if that failed. */
    public boolean syncExportSchedules() {
        try {
            ExportSchedules.sync(dataSource, jobs);
            return true;
        } catch (Exception e) {
            LOG.warn("Cannot sync export schedules yet: {}", e.getMessage());
            return false;
        }
    }

    /** Runs export configurations in this process, on the export pool. */
    public ConfiguredExports configuredExports() {
        return configuredExports;
    }

    /** The export pool: {@code export.parallel} connections, apart from the import pool. */
    public DataSource exportDataSource() {
        return exportDataSource;
    }

    /** Starts watching the inbox; each stable file becomes one job with a deterministic id. */
    public void startWatcher() {
        InboxImports imports = new InboxImports(inbox.root(), jobs);
        watcher = new InboxWatcher(inbox.root(), settings.quietPeriod(), settings.scanInterval(), file -> {
            try {
                imports.enqueue(file.path(), file.jobId());
                return true;
            } catch (RuntimeException e) {
                LOG.warn("Cannot enqueue {} yet: {}", file.path(), e.getMessage());
                return false;
            }
        }, Clock.systemUTC());
        watcher.start();
    }

    /** Starts the dashboard if enabled; returns its port, or -1. */
    public int startDashboard() {
        if (!settings.dashboardEnabled()) {
            return -1;
        }
        dashboard = new DashboardServer(settings.dashboardBind(), settings.dashboardPort(), jobs.storage(),
                jobs.jsonMapper());
        dashboard.start();
        return dashboard.port();
    }

    /**
     * Starts loggerflow's HTTP API on {@code http.bind}:{@code http.port}: {@code /metrics}; {@code /upload} and
     * {@code /files/} are routed only when {@code upload.enabled}. Returns its port.
     */
    public int startHttpApi() {
        HttpApiServer server = new HttpApiServer(settings.httpBind(), settings.httpPort())
                .route("/metrics", new MetricsHandler(metrics));
        try {
            if (settings.uploadEnabled()) {
                UploadApi.route(server, settings, new InboxImports(inbox.root(), jobs), jobs, dataSource);
            }
            server.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        httpApi = server;
        return server.port();
    }

    /**
     * Computes sensor health now and then every {@code health.refresh-seconds}, published as gauges, with
     * the export configurations' last runs.
     */
    public void startHealthMonitor() {
        HealthGauges gauges = new HealthGauges(metrics.registry());
        HealthCheck check = healthCheck();
        healthMonitor = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "health");
            thread.setDaemon(true);
            return thread;
        });
        ExportScheduleGauges exportRuns = new ExportScheduleGauges(metrics.registry(), dataSource);
        healthMonitor.scheduleWithFixedDelay(() -> {
            try {
                gauges.update(check.run());
            } catch (Exception e) {
                gauges.failed();
                LOG.warn("Health check failed: {}", e.getMessage());
            }
            try {
                exportRuns.update();
            } catch (Exception e) { // the gauges keep their last values; an overdue export still shows
                LOG.warn("Export schedule gauges not refreshed: {}", e.getMessage());
            }
        }, 0, settings.healthRefresh().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public HealthCheck healthCheck() {
        return new HealthCheck(dataSource, settings.health(), Clock.systemUTC());
    }

    public Metrics metrics() {
        return metrics;
    }

    public UUID enqueueImport(Path file, boolean fromInbox, Optional<UUID> id, String site, String format,
                              String timeZone) {
        Path absolute = file.toAbsolutePath().normalize();
        return jobs.enqueueImport(id, new ImportFileJob(absolute.toString(), fromInbox, site, format, timeZone),
                "import " + absolute.getFileName());
    }

    /**
     * Enqueues an import of each file (none from the inbox), in batches: the {@code import} command's way.
     *
     * @return the job ids, in the files' order
     */
    public List<UUID> enqueueImports(List<Path> files, String site, String format, String timeZone) {
        List<JobSystem.NewImport> imports = files.stream().map(file -> file.toAbsolutePath().normalize())
                .map(absolute -> new JobSystem.NewImport(UUID.randomUUID(),
                        new ImportFileJob(absolute.toString(), false, site, format, timeZone),
                        "import " + absolute.getFileName())).toList();
        jobs.enqueueImports(imports);
        return imports.stream().map(JobSystem.NewImport::id).toList();
    }

    /**
     * Waits for an import job of {@link #enqueueImport} (the workers must be started) and returns what it
     * recorded: the {@code import} command's result line.
     */
    public ImportResults.Result awaitImport(UUID jobId, Duration timeout) throws InterruptedException {
        return new ImportResults(jobs, dataSource).await(jobId, timeout);
    }

    /**
     * Waits until the chunks that this process's merges left partly uncompressed are compressed again: each
     * merged file's recompression runs after its job has ended.
     *
     * @return false when the timeout passed first
     */
    public boolean awaitRecompressions(Duration timeout) throws InterruptedException {
        return importService.awaitRecompressions(timeout);
    }

    /** Where this process's database is (the embedded server's port is known only once it runs). */
    public ConnectionInfo connectionInfo() {
        return database.connectionInfo();
    }

    public Settings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Schema.Storage storage() {
        return storage;
    }

    /** The import service this process's jobs use. */
    public ImportService importService() {
        return importService;
    }

    public JobSystem jobs() {
        return jobs;
    }

    @Override
    public void close() {
        if (httpApi != null) {
            httpApi.close();
        }
        if (watcher != null) {
            watcher.close();
        }
        if (dashboard != null) {
            dashboard.close();
        }
        if (healthMonitor != null) {
            healthMonitor.shutdownNow();
        }
        if (exportScheduleSync != null) {
            exportScheduleSync.shutdownNow();
        }
        jobs.close();
        importService.close(); // after the workers: no merge asks for a recompression any more
        exportDataSource.close();
        dataSource.close();
        database.close();
        metrics.close();
        LOG.info("loggerflow stopped");
    }
}
