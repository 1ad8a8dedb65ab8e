package io.loggerflow.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result: one line per phase with its ratio to the raw COPY baseline measured in the same
 * run, plus what it ran on.
 */
public record BenchReport(String scale, String machine, String database, String generated, List<PhaseResult> phases,
                          long dataFiles, StorageFigures storage) {

    public PhaseResult phase(String name) {
        return phases.stream().filter(p -> p.phase().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + name));
    }

    /** The ingest's time beyond what the binary COPY would take for its readings, per data file. */
    public double perFileMillis() {
        PhaseResult ingest = phase(Benchmark.INGEST);
        PhaseResult binary = phase(Benchmark.BINARY_COPY);
        double copySeconds = binary.readingsPerSecond() > 0 ? ingest.readings() / binary.readingsPerSecond() : 0;
        return dataFiles > 0 ? (ingest.seconds() - copySeconds) * 1000 / dataFiles : 0;
    }

    private static double ratio(PhaseResult phase, PhaseResult reference) {
        return reference.readingsPerSecond() > 0 ? phase.readingsPerSecond() / reference.readingsPerSecond() : 0;
    }

    public void print(PrintWriter out) {
        out.println("loggerflow bench, scale " + scale);
        out.println("machine:   " + machine);
        out.println("database:  " + database);
        out.println("generated: " + generated);
        double baseline = phases.get(0).readingsPerSecond();
        out.println("| phase | readings | seconds | readings/s | vs baseline | peak heap MB |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (PhaseResult p : phases) {
            out.println(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f | %.0f |", p.phase(), p.readings(),
                    p.seconds(), p.readingsPerSecond(), baseline > 0 ? p.readingsPerSecond() / baseline : 0,
                    p.peakHeapBytes() / 1048576.0));
        }
        PhaseResult ingest = phase(Benchmark.INGEST);
        PhaseResult binary = phase(Benchmark.BINARY_COPY);
        out.println(String.format(Locale.ROOT, "ingest vs the binary COPY: %.2f of its readings/s",
                binary.readingsPerSecond() > 0 ? ingest.readingsPerSecond() / binary.readingsPerSecond() : 0));
        out.println(String.format(Locale.ROOT, "per-file fixed cost: %.1f ms per data file (ingest time beyond the "
                + "binary COPY of the same readings, over %,d data files)", perFileMillis(), dataFiles));
        out.println(String.format(Locale.ROOT, "re-send vs the ingest's readings/s: changed %.2f, identical %.2f",
                ratio(phase(Benchmark.REINGEST), ingest), ratio(phase(Benchmark.IDENTICAL), ingest)));
        phases.stream().filter(p -> p.phase().equals(Benchmark.CLEANED_EXPORT)).findFirst().ifPresent(cleaned ->
                out.println(String.format(Locale.ROOT, "cleaned export vs uncleaned: %.2f of its time (%.1f s vs %.1f s, "
                        + "the faster of two alternating runs each)", cleaned.seconds()
                        / phase(Benchmark.EXPORT_AGAIN).seconds(), cleaned.seconds(),
                        phase(Benchmark.EXPORT_AGAIN).seconds())));
        out.println(String.format(Locale.ROOT, "storage: %.1f B/reading after ingest, %.1f after merge", storage.afterIngest(),
                storage.afterMerge()) + (Double.isNaN(storage.afterCompaction()) ? ""
                : String.format(Locale.ROOT, ", %.1f after compaction", storage.afterCompaction()))
                + (Double.isNaN(storage.floor()) ? "" : String.format(Locale.ROOT, ", floor %.1f", storage.floor())));
        out.flush();
    }
}
