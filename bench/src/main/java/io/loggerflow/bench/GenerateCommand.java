package io.loggerflow.bench;

import io.loggerflow.bench.generate.FileFormat;
import io.loggerflow.bench.generate.GenerationResult;
import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.bench.generate.LoadGenerator;
import io.loggerflow.bench.generate.Packing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code generate}: writes realistic, deterministic logger files (and optionally the same readings as a tidy
 * CSV) to try loggerflow at scale. Needs no database and no settings.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate realistic 10-minute met-mast logger files (TOA5 or NRG text), one per logger and day, "
                + "optionally zipped. The same options always give the same bytes.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--loggers", defaultValue = "1", description = "loggers (masts), default ${DEFAULT-VALUE}")
    int loggers;

    @Option(names = "--sensors", defaultValue = "20",
            description = "sensors per logger, 4 statistics each (max " + GeneratorSpec.MAX_SENSORS + "), default ${DEFAULT-VALUE}")
    int sensors;

    @Option(names = "--days", defaultValue = "7", description = "days per logger, default ${DEFAULT-VALUE}")
    int days;

    @Option(names = "--start", defaultValue = "2019-01-01", description = "first day (UTC), default ${DEFAULT-VALUE}")
    LocalDate start;

    @Option(names = "--seed", defaultValue = "1", description = "random seed, default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--format", defaultValue = "toa5", description = "toa5 or nrg, default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--zip", defaultValue = "none", description = "none, per-day or per-month, default ${DEFAULT-VALUE}")
    String zip;

    @Option(names = "--missing", defaultValue = "" + GeneratorSpec.DEFAULT_MISSING_FRACTION,
            description = "share of values written as missing, default ${DEFAULT-VALUE}")
    double missing;

    @Option(names = "--site", defaultValue = GeneratorSpec.DEFAULT_SITE,
            description = "site name, prefix of the logger names, default ${DEFAULT-VALUE}")
    String site;

    @Option(names = "--out", required = true, description = "output folder (created when missing)")
    Path out;

    @Option(names = "--tidy", description = "also write the same readings as one tidy CSV (ts,sensor,value) to this file")
    Path tidy;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        GeneratorSpec generatorSpec = new GeneratorSpec(loggers, sensors, days, start, seed, FileFormat.parse(format),
                Packing.parse(zip), missing, site);
        LoadGenerator generator = new LoadGenerator();
        PrintWriter printer = spec.commandLine().getOut();
        long started = System.nanoTime();
        GenerationResult result = generator.generate(generatorSpec, out);
        printer.printf(Locale.ROOT, "%d files, %d rows, %d readings, %.1f MB in %s (%.1f s)%n", result.files().size(),
                result.rows(), result.readings(), result.megabytes(), out, seconds(started));
        if (tidy != null) {
            started = System.nanoTime();
            long readings = generator.writeTidyCsv(generatorSpec, tidy);
            printer.printf(Locale.ROOT, "tidy CSV %s: %d readings (%.1f s)%n", tidy, readings, seconds(started));
        }
        printer.flush();
        return 0;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
