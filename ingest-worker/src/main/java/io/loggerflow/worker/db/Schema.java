package io.loggerflow.worker.db;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates and migrates loggerflow's tables (versioned SQL under db/migration) and reports how readings are stored. */
public final class Schema {
    private static final Logger LOG = LoggerFactory.getLogger(Schema.class);

    /** How the readings table is stored. */
    public enum Storage { TIMESCALEDB_HYPERTABLE, NATIVE_PARTITIONED }

    private Schema() {
    }

    public static Storage migrate(DataSource dataSource) {
        flyway(dataSource).migrate();
        Storage storage = storage(dataSource);
        LOG.info("Schema up to date; readings is {}", storage == Storage.TIMESCALEDB_HYPERTABLE
                ? "a TimescaleDB hypertable (compressed chunks, segmented by sensor)"
                : "a native PostgreSQL range-partitioned table (monthly partitions created as data arrives)");
        return storage;
    }

    /** Whether a migration has not been applied yet (a fresh database, or a newer loggerflow). */
    public static boolean migrationPending(DataSource dataSource) {
        return flyway(dataSource).info().pending().length > 0;
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("loggerflow_schema_history")
                .baselineOnMigrate(true) // the database also holds JobRunr's tables
                .baselineVersion("0")
                .load();
    }

    /** Whether COPY into readings can write compressed batches directly (TimescaleDB 2.21+ hypertable). */
    public static boolean directCompressCopy(DataSource dataSource) {
        return hypertableWith(dataSource, "db/direct_compress_available.sql");
    }

    /**
     * Whether the server can write a merge's INSERTs as compressed batches directly (TimescaleDB 2.23 and later:
     * {@code timescaledb.enable_direct_compress_insert}), on a hypertable.
     */
    public static boolean directCompressInsert(DataSource dataSource) {
        return hypertableWith(dataSource, "db/direct_compress_insert_available.sql");
    }

    /** Whether readings is a hypertable and the server has the setting the query looks for. */
    private static boolean hypertableWith(DataSource dataSource, String settingQuery) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load(settingQuery))) {
            rs.next();
            return rs.getBoolean(1) && storage(dataSource) == Storage.TIMESCALEDB_HYPERTABLE;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the server settings: " + e.getMessage(), e);
        }
    }

    public static Storage storage(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(Sql.load("db/readings_storage.sql"))) {
            rs.next();
            return rs.getBoolean(1) ? Storage.TIMESCALEDB_HYPERTABLE : Storage.NATIVE_PARTITIONED;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot inspect the readings table: " + e.getMessage(), e);
        }
    }
}
