package io.loggerflow.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's result: one line per phase with its ratio to the raw COPY baseline measured in the same
 * run, plus what it ran on.
 */
public record BenchReport(String scale, String machine, String database, String generated, List<PhaseResult> phases,
                          double storageBytesPerReading) {

    public PhaseResult phase(String name) {
        return phases.stream().filter(p -> p.phase().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase " + name));
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
        out.println(String.format(Locale.ROOT, "storage: %.1f bytes per reading (table and indexes, after ingest)",
                storageBytesPerReading));
        out.flush();
    }
}
