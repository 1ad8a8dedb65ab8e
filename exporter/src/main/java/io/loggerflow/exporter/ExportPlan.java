package io.loggerflow.exporter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one source's export will write, decided inside the export's snapshot: the range, the source's
 * interval, the first grid stamp, and the sensors grouped by measurement type (one file each).
 */
public record ExportPlan(ExportSource source, ExportRange range, Duration interval, Instant gridOrigin,
                         Map<String, List<SensorColumn>> columnsByType) {

    /** Every sensor, type by type in the plan's order: the columns of a single-file layout. */
    public List<SensorColumn> allColumns() {
        return columnsByType.values().stream().flatMap(List::stream).toList();
    }
}
