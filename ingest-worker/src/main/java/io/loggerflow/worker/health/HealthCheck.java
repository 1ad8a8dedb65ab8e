package io.loggerflow.worker.health;

import io.loggerflow.worker.db.Sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Runs the health SQL (view {@code source_freshness}, function {@code loggerflow_sensor_health}). */
public final class HealthCheck {
    private final DataSource dataSource;
    private final HealthSettings settings;
    private final Clock clock;

    public HealthCheck(DataSource dataSource, HealthSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    public HealthReport run() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return run(connection, settings, clock);
        }
    }

    /** The check on a connection of the caller's (a one-shot command has no pool). */
    public static HealthReport run(Connection connection, HealthSettings settings, Clock clock) throws SQLException {
        Instant now = clock.instant();
        List<HealthReport.SourceHealth> sources = new ArrayList<>();
        List<HealthReport.SensorProblem> sensors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("health/sources.sql"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Instant last = instant(rs, "last_reading");
                boolean stale = last == null || last.plus(settings.staleAfter()).isBefore(now);
                sources.add(new HealthReport.SourceHealth(rs.getInt("source_id"), rs.getString("site"),
                        rs.getString("logger"), rs.getString("table_name"), last, instant(rs, "last_file"), stale));
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("health/sensors.sql"))) {
            statement.setInt(1, settings.days());
            statement.setInt(2, settings.minGapIntervals());
            statement.setInt(3, (int) settings.flatWindow().toMinutes());
            statement.setInt(4, settings.flatMinReadings());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sensors.add(new HealthReport.SensorProblem(rs.getInt("source_id"), rs.getString("sensor"),
                            rs.getLong("readings"), instant(rs, "last_reading"), rs.getString("usual_step"),
                            rs.getLong("gaps"), rs.getLong("missing_intervals"), rs.getLong("flat_windows")));
                }
            }
        }
        return new HealthReport(now, List.copyOf(sources), List.copyOf(sensors));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
