package io.loggerflow.exporter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A range cut at UTC month boundaries (the native table's partitions), in time order. */
final class MonthSlices {
    private MonthSlices() {
    }

    static List<ExportRange> of(ExportRange range) {
        List<ExportRange> slices = new ArrayList<>();
        Instant from = range.from();
        while (from.isBefore(range.to())) {
            Instant nextMonth = ZonedDateTime.ofInstant(from, ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                    .withDayOfMonth(1).plusMonths(1).toInstant();
            Instant to = nextMonth.isBefore(range.to()) ? nextMonth : range.to();
            slices.add(new ExportRange(from, to));
            from = to;
        }
        return slices;
    }
}
