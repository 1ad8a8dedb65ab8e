package io.loggerflow.bench;

import io.loggerflow.bench.generate.FileFormat;
import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.bench.generate.Packing;

/** Named benchmark sizes. */
public enum BenchScale {
    /** Two masts, two months, a file per day: finishes in about a minute. */
    SMALL(2, 20, 60, Packing.ZIP_PER_DAY, FileFormat.TOA5),
    /** A fleet of day files: 20 masts (TOA5 and NRG text) x 60 days, each day file zipped on its own. */
    FLEET(20, 20, 60, Packing.ZIP_PER_DAY, FileFormat.MIXED),
    /** One mast's history: 20 sensors x 4 statistics, 10-minute data, 6 years (25.2 million readings). */
    LOGGER(1, 20, 6 * 365, Packing.ZIP_PER_MONTH, FileFormat.TOA5);

    final int loggers;
    final int sensors;
    final int days;
    final Packing packing;
    final FileFormat format;

    BenchScale(int loggers, int sensors, int days, Packing packing, FileFormat format) {
        this.loggers = loggers;
        this.sensors = sensors;
        this.days = days;
        this.packing = packing;
        this.format = format;
    }

    /** @param format the scale's own format when null */
    public GeneratorSpec spec(long seed, FileFormat format) {
        return GeneratorSpec.of(loggers, sensors, days, seed, format != null ? format : this.format, packing);
    }
}
