package io.loggerflow.worker.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The health of every source and the sensors with gaps or flat lines. */
public record HealthReport(Instant checkedAt, List<SourceHealth> sources, List<SensorProblem> sensors) {

    /** @param lastReading null when the source has no loaded file yet */
    public record SourceHealth(int sourceId, String site, String logger, String table, Instant lastReading,
                               Instant lastFile, boolean stale) {
        public String label() {
            return site + "/" + logger + (table.isEmpty() ? "" : "/" + table);
        }

        public Duration readingAge(Instant now) {
            return lastReading == null ? null : Duration.between(lastReading, now);
        }
    }

    public record SensorProblem(int sourceId, String sensor, long readings, Instant lastReading, String usualStep,
                                long gaps, long missingIntervals, long flatWindows) {
    }

    public boolean healthy() {
        return sources.stream().noneMatch(SourceHealth::stale) && sensors.stream().allMatch(s -> s.flatWindows() == 0);
    }

    public long flatSensors(int sourceId) {
        return sensors.stream().filter(s -> s.sourceId() == sourceId && s.flatWindows() > 0).count();
    }

    public long sensorsWithGaps(int sourceId) {
        return sensors.stream().filter(s -> s.sourceId() == sourceId && s.gaps() > 0).count();
    }
}
