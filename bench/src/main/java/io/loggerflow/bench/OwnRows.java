package io.loggerflow.bench;

import io.loggerflow.worker.db.Sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Removes what the benchmark wrote, and never anything else, even when someone else writes to the same
 * database meanwhile. {@code readings} is truncated only when, under a lock that keeps writers out, it holds
 * the benchmark's rows alone (a TRUNCATE leaves no dead rows behind to skew the next phase's time and
 * storage figures); otherwise exactly the benchmark's rows are deleted.
 */
final class OwnRows {
    /** The file id on the baseline's COPY rows: files ids start at 1, so no loaded file has it. */
    static final long BASELINE_FILE_ID = 0;

    private final BenchDatabase db;
    private final Connection connection;

    OwnRows(BenchDatabase db) {
        this.db = db;
        this.connection = db.connection();
    }

    /**
     * Removes the baseline's COPY rows.
     *
     * @return false if readings also held other rows (which stay)
     */
    boolean removeBaseline() throws Exception {
        return db.inTransaction(() -> removeReadings(new Long[] {BASELINE_FILE_ID}));
    }

    /**
     * Removes what the given import jobs loaded: their files rows, and the sources those files loaded into
     * with their sensors and readings. Refuses (removing nothing) when such a source also holds a file the
     * jobs did not load; fails (removing nothing) when other rows refer to these sources (a calibration,
     * a flag, an export watermark someone added meanwhile).
     */
    void removeLoadedBy(List<UUID> jobs) throws Exception {
        db.inTransaction(() -> {
            List<Long> files = new ArrayList<>();
            Set<Integer> sources = new LinkedHashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("bench/bench_files.sql"))) {
                statement.setArray(1, connection.createArrayOf("uuid", jobs.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        files.add(rs.getLong(1));
                        int source = rs.getInt(2);
                        if (!rs.wasNull()) {
                            sources.add(source);
                        }
                    }
                }
            }
            Array fileIds = connection.createArrayOf("bigint", files.toArray());
            Array sourceIds = connection.createArrayOf("integer", sources.toArray());
            if (exists("bench/foreign_files.sql", sourceIds, fileIds)) {
                throw new IllegalStateException("the benchmark's sources also hold files it did not load: "
                        + "nothing removed");
            }
            removeReadings(files.toArray(Long[]::new));
            update("bench/delete_files.sql", fileIds);
            update("bench/delete_sensors.sql", sourceIds);
            update("bench/delete_sources.sql", sourceIds);
            return true;
        });
    }

    /** Within the caller's transaction; false if other readings were there (and stay). */
    private boolean removeReadings(Long[] fileIds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.load("bench/lock_readings.sql"));
            Array ids = connection.createArrayOf("bigint", fileIds);
            if (exists("bench/other_readings.sql", ids)) {
                update("bench/delete_readings.sql", ids);
                return false;
            }
            statement.execute(Sql.load("bench/truncate_readings.sql"));
            return true;
        }
    }

    private boolean exists(String sql, Array... arrays) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, arrays[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void update(String sql, Array ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load(sql))) {
            statement.setArray(1, ids);
            statement.executeUpdate();
        }
    }
}
