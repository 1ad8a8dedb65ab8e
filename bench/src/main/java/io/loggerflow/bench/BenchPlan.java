package io.loggerflow.bench;

import io.loggerflow.bench.generate.GeneratorSpec;

import java.nio.file.Path;

/**
 * What to measure: the generated fleet, and two re-sent shares of it that exercise the overlap merge: the
 * first tenth of the days again with the same values (in other bytes, see {@link LineEndings}), and the same
 * days with every value re-measured.
 *
 * @param workDir generated files, the baseline's COPY file and the export go here
 * @param keepData leave the readings in the database afterwards
 */
public record BenchPlan(GeneratorSpec spec, Path workDir, boolean keepData) {

    /** The first tenth of the days as generated the first time. */
    GeneratorSpec identical() {
        return new GeneratorSpec(spec.loggers(), spec.sensors(), Math.max(1, spec.days() / 10), spec.start(),
                spec.seed(), spec.format(), spec.packing(), spec.missingFraction(), spec.site());
    }

    /**
     * Other loggers' files of the same shape (a site of their own, other values), as many as {@link #identical}:
     * loaded before the timed phases and removed again, so the ingest is timed in a warm JVM, as a worker that
     * has run for a while is.
     */
    GeneratorSpec warmUp() {
        return new GeneratorSpec(spec.loggers(), spec.sensors(), Math.max(1, spec.days() / 10), spec.start(),
                spec.seed() + 2, spec.format(), spec.packing(), spec.missingFraction(), WARM_UP_SITE);
    }

    static final String WARM_UP_SITE = "bench-warm-up";

    GeneratorSpec resent() {
        return new GeneratorSpec(spec.loggers(), spec.sensors(), Math.max(1, spec.days() / 10), spec.start(),
                spec.seed() + 1, spec.format(), spec.packing(), 0.0, spec.site());
    }
}
