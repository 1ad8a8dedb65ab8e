package io.loggerflow.worker.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Import counters and durations. Prometheus names: {@code loggerflow_files_total{status,format,site,source}},
 * {@code loggerflow_readings_total}, {@code loggerflow_bytes_total}, {@code loggerflow_parse_seconds},
 * {@code loggerflow_load_seconds} (histograms), {@code loggerflow_rows_skipped_total{kind,format,site}} (rows
 * left out of loaded files; {@code kind} is {@code row}, {@code value} or {@code clock_reset}). {@code source} is {@code logger/table}, or {@code -} when the
 * file never got that far (failed before its header was read, or a duplicate).
 */
public final class ImportMetrics {
    public static final String UNKNOWN = "-";
    private final MeterRegistry registry;

    public ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void file(String status, String format, String site, String source) {
        Counter.builder("loggerflow.files").description("Input files handled, by outcome")
                .tags("status", status, "format", orUnknown(format), "site", site, "source", orUnknown(source))
                .register(registry).increment();
    }

    public void loaded(String format, String site, String source, long readings, long bytes, long parseMs, long loadMs) {
        String[] tags = {"format", format, "site", site, "source", source};
        Counter.builder("loggerflow.readings").description("Readings written (new or changed values)")
                .tags(tags).register(registry).increment(readings);
        Counter.builder("loggerflow.bytes").description("Bytes of loaded files").baseUnit("bytes")
                .tags(tags).register(registry).increment(bytes);
        Timer.builder("loggerflow.parse").description("First pass over a file: format, header, time range")
                .tags("format", format).publishPercentileHistogram().register(registry)
                .record(Duration.ofMillis(parseMs));
        Timer.builder("loggerflow.load").description("Load transaction of a file: COPY or merge")
                .tags("format", format).publishPercentileHistogram().register(registry)
                .record(Duration.ofMillis(loadMs));
    }

    /** Rows of a loaded file left out, of one kind. */
    public void skipped(String kind, String format, String site, long rows) {
        Counter.builder("loggerflow.rows.skipped").description("Rows left out of loaded files, by why")
                .tags("kind", kind, "format", format, "site", site).register(registry).increment(rows);
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? UNKNOWN : value;
    }
}
