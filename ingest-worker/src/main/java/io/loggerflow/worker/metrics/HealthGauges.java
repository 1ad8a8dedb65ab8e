package io.loggerflow.worker.metrics;

import io.loggerflow.worker.health.HealthReport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Gauge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Health as gauges, one row per source: {@code loggerflow_source_reading_age_seconds},
 * {@code loggerflow_source_file_age_seconds}, {@code loggerflow_source_stale},
 * {@code loggerflow_source_flatlined_sensors}, {@code loggerflow_source_gappy_sensors}, plus
 * {@code loggerflow_health_ok} (1 when nothing is stale or flat-lined).
 */
public final class HealthGauges {
    private final MultiGauge readingAge;
    private final MultiGauge fileAge;
    private final MultiGauge stale;
    private final MultiGauge flatlined;
    private final MultiGauge gappy;
    // NaN until the first check succeeds, 0 after a failed check: never "healthy" without evidence
    private final java.util.concurrent.atomic.AtomicReference<Double> ok = new java.util.concurrent.atomic.AtomicReference<>(Double.NaN);
    private final java.util.concurrent.atomic.AtomicReference<Double> lastSuccess = new java.util.concurrent.atomic.AtomicReference<>(Double.NaN);

    public HealthGauges(MeterRegistry registry) {
        readingAge = MultiGauge.builder("loggerflow.source.reading.age").baseUnit("seconds")
                .description("Seconds since the latest reading of each source").register(registry);
        fileAge = MultiGauge.builder("loggerflow.source.file.age").baseUnit("seconds")
                .description("Seconds since the latest file of each source was loaded").register(registry);
        stale = MultiGauge.builder("loggerflow.source.stale")
                .description("1 when the source's latest reading is older than health.stale-after-minutes")
                .register(registry);
        flatlined = MultiGauge.builder("loggerflow.source.flatlined.sensors")
                .description("Sensors of the source with a flat line in the last health.days days").register(registry);
        gappy = MultiGauge.builder("loggerflow.source.gappy.sensors")
                .description("Sensors of the source with data gaps in the last health.days days").register(registry);
        Gauge.builder("loggerflow.health.ok", ok, java.util.concurrent.atomic.AtomicReference::get)
                .description("1 when no source is stale and no sensor is flat-lined; 0 when the check failed").register(registry);
        Gauge.builder("loggerflow.health.last.success", lastSuccess, java.util.concurrent.atomic.AtomicReference::get)
                .description("Epoch seconds of the last successful health check").baseUnit("seconds").register(registry);
    }

    public void update(HealthReport report) {
        Instant now = report.checkedAt();
        readingAge.register(rows(report, s -> s.lastReading() == null ? null : seconds(s.lastReading(), now)), true);
        fileAge.register(rows(report, s -> s.lastFile() == null ? null : seconds(s.lastFile(), now)), true);
        stale.register(rows(report, s -> s.stale() ? 1.0 : 0.0), true);
        flatlined.register(rows(report, s -> (double) report.flatSensors(s.sourceId())), true);
        gappy.register(rows(report, s -> (double) report.sensorsWithGaps(s.sourceId())), true);
        ok.set(report.healthy() ? 1.0 : 0.0);
        lastSuccess.set(report.checkedAt().toEpochMilli() / 1000.0);
    }

    /** The check could not run (e.g. the database is down): not healthy. */
    public void failed() {
        ok.set(0.0);
    }

    private static List<MultiGauge.Row<?>> rows(HealthReport report,
                                                java.util.function.Function<HealthReport.SourceHealth, Double> value) {
        return report.sources().stream()
                .filter(s -> value.apply(s) != null)
                .<MultiGauge.Row<?>>map(s -> MultiGauge.Row.of(Tags.of("site", s.site(), "source",
                        s.logger() + (s.table().isEmpty() ? "" : "/" + s.table())), value.apply(s)))
                .toList();
    }

    private static double seconds(Instant then, Instant now) {
        return Duration.between(then, now).toMillis() / 1000.0;
    }
}
