package io.loggerflow.exporter;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts, while a plan's cleaned readings stream past, the valid readings of each sensor per calendar month.
 * Only readings on the time grid count, one per interval, so a month never exceeds its expected intervals.
 */
final class CoverageCounter implements CleanedReadings.Sink {
    private final ExportPlan plan;
    private final List<SensorColumn> columns;
    private final SensorIndex sensors;
    private final List<ExportRange> months;
    private final long[] monthStarts;
    private final long[][] valid;
    private final long origin;
    private final long step;

    CoverageCounter(ExportPlan plan, List<SensorColumn> columns) {
        this.plan = plan;
        this.columns = List.copyOf(columns);
        this.sensors = new SensorIndex(columns);
        this.months = MonthSlices.of(plan.range());
        this.monthStarts = months.stream().mapToLong(m -> m.from().toEpochMilli()).toArray();
        this.valid = new long[columns.size()][months.size()];
        this.origin = plan.gridOrigin().toEpochMilli();
        this.step = plan.interval().toMillis();
    }

    @Override
    public void reading(long stamp, int sensorId, double value) {
        int sensor = sensors.columnOf(sensorId);
        if (sensor < 0 || Math.floorMod(stamp - origin, step) != 0) {
            return;
        }
        int month = Arrays.binarySearch(monthStarts, stamp);
        month = month >= 0 ? month : -month - 2;
        if (month >= 0) {
            valid[sensor][month]++;
        }
    }

    /** Per sensor (in the plan's column order), per month of the range. */
    List<CoverageRow> rows() {
        List<CoverageRow> rows = new ArrayList<>();
        for (int s = 0; s < columns.size(); s++) {
            for (int m = 0; m < months.size(); m++) {
                ExportRange month = months.get(m);
                rows.add(new CoverageRow(plan.source().key(), columns.get(s),
                        YearMonth.from(month.from().atOffset(ZoneOffset.UTC)), gridStamps(month), valid[s][m]));
            }
        }
        return rows;
    }

    /** How many grid stamps origin + k * step fall in [from, to). */
    private long gridStamps(ExportRange range) {
        return Math.max(0, firstIndexAtOrAfter(range.to().toEpochMilli())
                - firstIndexAtOrAfter(range.from().toEpochMilli()));
    }

    private long firstIndexAtOrAfter(long stamp) {
        return Math.floorDiv(stamp - origin + step - 1, step);
    }
}
