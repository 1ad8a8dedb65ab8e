package io.loggerflow.exporter;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A source's interval and the phase of its stamps (e.g. 10 minutes at :00, :10, ... or at :05, :15, ...),
 * estimated from a sample of its distinct timestamps: the most common step and the most common remainder,
 * so an odd start-up record or a gap does not shift the grid.
 */
record TimeGrid(long stepMillis, long phaseMillis) {

    static TimeGrid estimate(long[] stamps, int count, Duration fallback) {
        Map<Long, Integer> steps = new HashMap<>();
        for (int i = 1; i < count; i++) {
            steps.merge(stamps[i] - stamps[i - 1], 1, Integer::sum);
        }
        long step = mostCommon(steps, fallback.toMillis());
        Map<Long, Integer> phases = new HashMap<>();
        for (int i = 0; i < count; i++) {
            phases.merge(Math.floorMod(stamps[i], step), 1, Integer::sum);
        }
        return new TimeGrid(step, mostCommon(phases, 0));
    }

    /** The first grid stamp at or after {@code from}. */
    long firstAtOrAfter(long from) {
        return from + Math.floorMod(phaseMillis - from, stepMillis);
    }

    Duration interval() {
        return Duration.ofMillis(stepMillis);
    }

    /** The most frequent key; ties go to the smaller key. */
    private static long mostCommon(Map<Long, Integer> counts, long otherwise) {
        long best = otherwise;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount || (entry.getValue() == bestCount && entry.getKey() < best)) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
