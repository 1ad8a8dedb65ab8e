package io.loggerflow.bench;

import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.bench.generate.Packing;

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
     * Other loggers' files of the same shape (a site of their own, other values), loaded before the timed phases
     * and removed again, so the ingest is timed in a warm JVM, as a worker that has run for a while is. Methods
     * called once per file (JobRunr's, the JDBC driver's) are compiled by the JIT only after a few thousand calls,
     * so day files warm up with half the days (fewer when that is more than {@link #WARM_UP_DAY_FILES} files, never
     * less than a tenth); month files with a tenth of the days, their per-reading loops being the hot ones.
     */
    GeneratorSpec warmUp() {
        int days = Math.max(1, spec.days() / 10);
        if (spec.packing() == Packing.ZIP_PER_DAY) {
            int forFiles = (WARM_UP_DAY_FILES + spec.loggers() - 1) / spec.loggers();
            days = Math.max(days, Math.min(Math.max(1, spec.days() / 2), forFiles));
        }
        return new GeneratorSpec(spec.loggers(), spec.sensors(), days, spec.start(), spec.seed() + 2, spec.format(),
                spec.packing(), spec.missingFraction(), WARM_UP_SITE);
    }

    static final int WARM_UP_DAY_FILES = 1200;

    /** The warm-up's re-sends, the merge path's warm-up: its first tenth again, identical and changed. */
    GeneratorSpec warmUpResent(boolean changed) {
        GeneratorSpec warmUp = warmUp();
        return new GeneratorSpec(warmUp.loggers(), warmUp.sensors(), Math.max(1, spec.days() / 10), warmUp.start(),
                warmUp.seed() + (changed ? 1 : 0), warmUp.format(), warmUp.packing(),
                changed ? 0.0 : warmUp.missingFraction(), WARM_UP_SITE);
    }

    static final String WARM_UP_SITE = "bench-warm-up";

    GeneratorSpec resent() {
        return new GeneratorSpec(spec.loggers(), spec.sensors(), Math.max(1, spec.days() / 10), spec.start(),
                spec.seed() + 1, spec.format(), spec.packing(), 0.0, spec.site());
    }
}
