package io.loggerflow.exporter;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Data coverage of a source per sensor and calendar month, counted over the very readings an export of the
 * same range writes (the export's cleaning query, in one snapshot), so the two never disagree.
 */
public final class Coverage {
    private final int fetchSize;

    public Coverage(int fetchSize) {
        this.fetchSize = fetchSize;
    }

    /** The source's coverage over the rule's range; empty when it has no readings to count. */
    public List<CoverageRow> of(Connection connection, int sourceId, RangeRule rule) throws SQLException, IOException {
        try (ExportSnapshot snapshot = new ExportSnapshot(connection)) {
            SourceExporter planner = new SourceExporter(java.time.Clock.systemUTC(), fetchSize, ExportListener.NONE);
            Optional<ExportPlan> plan = planner.plan(connection, sourceId, rule);
            if (plan.isEmpty()) {
                return List.of();
            }
            return count(connection, plan.get(), ExportCleaning.of(connection, plan.get()), fetchSize);
        }
    }

    static List<CoverageRow> count(Connection connection, ExportPlan plan, ExportCleaning cleaning, int fetchSize)
            throws SQLException, IOException {
        CoverageCounter counter = new CoverageCounter(plan, plan.allColumns());
        CleanedReadings readings = new CleanedReadings(fetchSize, cleaning);
        for (List<SensorColumn> type : plan.columnsByType().values()) {
            readings.stream(connection, plan, type, counter);
        }
        return counter.rows();
    }
}
