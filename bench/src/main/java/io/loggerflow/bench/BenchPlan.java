package io.loggerflow.bench;

import io.loggerflow.bench.generate.GeneratorSpec;

import java.nio.file.Path;

/**
 * What to measure: the generated fleet, and the re-sent share (the first tenth of the days again, every
 * value re-measured) that exercises the overlap merge.
 *
 * @param workDir generated files, the baseline's COPY file and the export go here
 * @param keepData leave the readings in the database afterwards
 */
public record BenchPlan(GeneratorSpec spec, Path workDir, boolean keepData) {

    GeneratorSpec resent() {
        return new GeneratorSpec(spec.loggers(), spec.sensors(), Math.max(1, spec.days() / 10), spec.start(),
                spec.seed() + 1, spec.format(), spec.packing(), 0.0, spec.site());
    }
}
