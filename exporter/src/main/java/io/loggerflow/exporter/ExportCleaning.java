package io.loggerflow.exporter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The calibrations and flags that touch one source's export, read inside its snapshot: how many of each, what
 * each flag removed (for {@code export.txt}), and the instants where a calibration starts or ends — the export
 * reads its range in slices cut there (and at month boundaries), so that each slice has one calibration
 * throughout; flag windows are skipped inside a slice ({@link FlagWindows}).
 */
record ExportCleaning(long calibrations, long flagWindows, List<Instant> boundaries, List<FlagEffect> flags) {

    static ExportCleaning of(Connection connection, ExportPlan plan) throws SQLException {
        int source = plan.source().id();
        Timestamp from = Timestamp.from(plan.range().from());
        Timestamp to = Timestamp.from(plan.range().to());
        long calibrations;
        long flagWindows;
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("cleaning_in_range"))) {
            for (int base : new int[] {0, 3}) {
                statement.setInt(base + 1, source);
                statement.setTimestamp(base + 2, to);
                statement.setTimestamp(base + 3, from);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                calibrations = rs.getLong(1);
                flagWindows = rs.getLong(2);
            }
        }
        if (calibrations + flagWindows == 0) {
            return new ExportCleaning(0, 0, List.of(), List.of());
        }
        List<Instant> boundaries = Jdbc.list(connection, "cleaning_boundaries", statement -> {
            statement.setInt(1, source);
            statement.setTimestamp(2, from);
            statement.setTimestamp(3, to);
        }, rs -> Jdbc.instant(rs, 1));
        List<FlagEffect> flags = Jdbc.list(connection, "flag_counts", statement -> {
            statement.setTimestamp(1, from);
            statement.setTimestamp(2, to);
            statement.setInt(3, source);
            statement.setTimestamp(4, to);
            statement.setTimestamp(5, from);
        }, rs -> new FlagEffect(rs.getInt(1), rs.getString(3), rs.getString(2), Jdbc.instant(rs, 4),
                Jdbc.instant(rs, 5), rs.getString(6), rs.getLong(7)));
        return new ExportCleaning(calibrations, flagWindows, List.copyOf(boundaries), List.copyOf(flags));
    }

    boolean any() {
        return calibrations + flagWindows > 0;
    }

    /** The range in time order, cut at month boundaries (one partition each) and at the calibrations' boundaries. */
    List<ExportRange> slices(ExportRange range) {
        List<ExportRange> slices = new ArrayList<>();
        for (ExportRange month : MonthSlices.of(range)) {
            Instant from = month.from();
            for (Instant boundary : boundaries) {
                if (boundary.isAfter(from) && boundary.isBefore(month.to())) {
                    slices.add(new ExportRange(from, boundary));
                    from = boundary;
                }
            }
            slices.add(new ExportRange(from, month.to()));
        }
        return slices;
    }
}
