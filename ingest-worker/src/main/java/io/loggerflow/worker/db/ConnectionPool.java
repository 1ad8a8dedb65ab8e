package io.loggerflow.worker.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The bounded pools of a loggerflow process: one shared by JobRunr and the loader, and a separate one of
 * {@code export.parallel} connections for exports, so a long export never holds a connection an import needs.
 */
public final class ConnectionPool {
    /**
     * Connections beyond one per worker: JobRunr's own bookkeeping (polling, heartbeats, state changes),
     * the watcher and the dashboard. A worker holds one connection for its file's transaction.
     */
    public static final int OVERHEAD = 4;

    private ConnectionPool() {
    }

    public static int sizeFor(int workers) {
        return workers + OVERHEAD;
    }

    public static HikariDataSource open(ConnectionInfo info, int maxSize, String name) {
        return open(info, maxSize, name, null);
    }

    /** @param metrics where the pool publishes its metrics ({@code hikaricp_*}), or null */
    public static HikariDataSource open(ConnectionInfo info, int maxSize, String name,
                                        io.micrometer.core.instrument.MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(info.url());
        if (info.user() != null) {
            config.setUsername(info.user());
        }
        if (info.password() != null) {
            config.setPassword(info.password());
        }
        config.setPoolName(name);
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        // Fail fast at start when the database is unreachable; jobs retry later failures.
        config.setInitializationFailTimeout(30_000);
        config.addDataSourceProperty("ApplicationName", "loggerflow");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        if (maxSize < config.getMinimumIdle()) {
            config.setMinimumIdle(maxSize);
        }
        return new HikariDataSource(config);
    }
}
