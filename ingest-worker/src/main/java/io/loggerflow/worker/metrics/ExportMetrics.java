package io.loggerflow.worker.metrics;

import io.loggerflow.exporter.ExportResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Export counters and durations. Prometheus names: {@code loggerflow_exports_total{config,outcome}}
 * (exported, unchanged, empty, failed), {@code loggerflow_export_seconds{config}} (histogram),
 * {@code loggerflow_export_readings_total{config}}, {@code loggerflow_export_bytes{config}} (zip sizes).
 */
public final class ExportMetrics {
    private final MeterRegistry registry;

    public ExportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String config, ExportResult result) {
        outcome(config, result.status().name().toLowerCase());
        if (result.status() != ExportResult.Status.EXPORTED) {
            return;
        }
        Timer.builder("loggerflow.export").description("Writing one source's export zip")
                .tags("config", config).publishPercentileHistogram().register(registry)
                .record(Duration.ofMillis(result.millis()));
        Counter.builder("loggerflow.export.readings").description("Readings written to exports")
                .tags("config", config).register(registry).increment(result.readings());
        DistributionSummary.builder("loggerflow.export.bytes").description("Size of export zips").baseUnit("bytes")
                .tags("config", config).register(registry).record(result.bytes());
    }

    public void failed(String config) {
        outcome(config, "failed");
    }

    private void outcome(String config, String outcome) {
        Counter.builder("loggerflow.exports").description("Source exports by outcome")
                .tags("config", config, "outcome", outcome).register(registry).increment();
    }
}
