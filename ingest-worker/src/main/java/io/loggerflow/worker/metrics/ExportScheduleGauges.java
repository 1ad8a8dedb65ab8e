package io.loggerflow.worker.metrics;

import io.loggerflow.worker.db.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code loggerflow_export_last_run_timestamp_seconds{config}}: per enabled export configuration, the epoch
 * seconds of its last run, or of its last change when that is later (a new configuration has not run yet).
 * Read from the database, so every worker reports it from its start, whichever worker ran the export.
 */
public final class ExportScheduleGauges {
    private final DataSource dataSource;
    private final MultiGauge lastRun;

    public ExportScheduleGauges(MeterRegistry registry, DataSource dataSource) {
        this.dataSource = dataSource;
        this.lastRun = MultiGauge.builder("loggerflow.export.last.run.timestamp").baseUnit("seconds")
                .description("Epoch seconds of each enabled export configuration's last run (or last change, if later)")
                .register(registry);
    }

    public void update() throws SQLException {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(Sql.load("metrics/export_last_runs.sql"));
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(MultiGauge.Row.of(Tags.of("config", rs.getString("name")), rs.getDouble("since")));
            }
        }
        lastRun.register(rows, true);
    }
}
