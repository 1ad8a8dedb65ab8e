package io.loggerflow.bench;

/** One measured phase of the benchmark. */
public record PhaseResult(String phase, long readings, double seconds, long peakHeapBytes) {

    public double readingsPerSecond() {
        return seconds > 0 ? readings / seconds : 0;
    }
}
