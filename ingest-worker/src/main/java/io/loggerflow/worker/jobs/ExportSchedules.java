package io.loggerflow.worker.jobs;

import io.loggerflow.exporter.ExportConfig;
import io.loggerflow.exporter.ExportConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps JobRunr's recurring jobs in step with the {@code export_configs} table (edited by the CLI or by
 * SQL): one recurring job per enabled configuration, id {@code export-<name>}, its cron in UTC.
 */
public final class ExportSchedules {
    public static final String ID_PREFIX = "export-";
    private static final Logger LOG = LoggerFactory.getLogger(ExportSchedules.class);

    private ExportSchedules() {
    }

    public static String recurringJobId(String configName) {
        return ID_PREFIX + configName;
    }

    /** Registers, updates and removes recurring export jobs; returns the number of enabled configurations. */
    public static int sync(DataSource dataSource, JobSystem jobs) throws SQLException {
        List<ExportConfig> configs;
        try (Connection connection = dataSource.getConnection()) {
            configs = ExportConfigs.list(connection);
        }
        Map<String, String> scheduled = jobs.recurringJobSchedules(ID_PREFIX);
        Set<String> wanted = new HashSet<>();
        for (ExportConfig config : configs) {
            if (!config.enabled()) {
                continue;
            }
            String id = recurringJobId(config.name());
            wanted.add(id);
            if (!config.cron().equals(scheduled.get(id))) {
                try {
                    jobs.scheduleRecurringExport(id, config.name(), config.cron());
                    LOG.info("Export {} scheduled: {} (UTC)", config.name(), config.cron());
                } catch (RuntimeException e) { // e.g. a cron typed by hand in SQL: the others still run
                    LOG.warn("Export {} not scheduled: cron '{}' refused: {}", config.name(), config.cron(),
                            e.getMessage());
                }
            }
        }
        for (String id : scheduled.keySet()) {
            if (!wanted.contains(id)) {
                jobs.deleteRecurringJob(id);
                LOG.info("Export schedule {} removed", id);
            }
        }
        return wanted.size();
    }
}
