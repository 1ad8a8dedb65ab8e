package io.loggerflow.bench;

import io.loggerflow.bench.generate.FileFormat;
import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.bench.generate.Packing;

/** Named benchmark sizes. */
public enum BenchScale {
    /** Two masts, two months, a file per day: finishes in about a minute. */
    SMALL(2, 20, 60, Packing.ZIP_PER_DAY),
    /** One mast's history: 20 sensors x 4 statistics, 10-minute data, 6 years (25.2 million readings). */
    LOGGER(1, 20, 6 * 365, Packing.ZIP_PER_MONTH);

    final int loggers;
    final int sensors;
    final int days;
    final Packing packing;

    BenchScale(int loggers, int sensors, int days, Packing packing) {
        this.loggers = loggers;
        this.sensors = sensors;
        this.days = days;
        this.packing = packing;
    }

    public GeneratorSpec spec(long seed, FileFormat format) {
        return GeneratorSpec.of(loggers, sensors, days, seed, format, packing);
    }
}
