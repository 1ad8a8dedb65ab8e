package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UTC months whose partitions this process has ensured ({@code loggerflow_ensure_partitions}, on a
 * connection of its own, committed before the load: attaching a partition must not wait inside a load).
 * Loggerflow never drops a partition, so a file whose months are all known skips that round trip and its
 * connection; a partition dropped by hand fails the next load into it, which calls {@link #forget} so that
 * the retry ensures them again. On TimescaleDB the function does nothing: each month is asked once.
 */
final class EnsuredPartitions {
    /** Bounds the set (twelve entries a year of data): beyond it, it starts afresh. */
    private static final int MAX_MONTHS = 10_000;

    private final DataSource dataSource;
    private final Set<YearMonth> ensured = ConcurrentHashMap.newKeySet();

    EnsuredPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void ensure(Instant first, Instant last) throws SQLException {
        YearMonth from = YearMonth.from(first.atZone(ZoneOffset.UTC));
        YearMonth to = YearMonth.from(last.atZone(ZoneOffset.UTC));
        if (known(from, to)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("load/ensure_partitions.sql"))) {
            statement.setTimestamp(1, Timestamp.from(first));
            statement.setTimestamp(2, Timestamp.from(last));
            statement.execute();
        }
        if (ensured.size() > MAX_MONTHS) {
            ensured.clear();
        }
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            ensured.add(month);
        }
    }

    void forget() {
        ensured.clear();
    }

    private boolean known(YearMonth from, YearMonth to) {
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (!ensured.contains(month)) {
                return false;
            }
        }
        return true;
    }
}
