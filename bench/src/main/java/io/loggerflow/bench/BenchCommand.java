package io.loggerflow.bench;

import io.loggerflow.bench.generate.FileFormat;
import io.loggerflow.bench.generate.GeneratorSpec;
import io.loggerflow.worker.config.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench}: ingest and export speed against a raw COPY of the same readings, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate a fleet's logger files, then measure on the configured database (an embedded one "
                + "in the bench folder unless db.url is set): a raw COPY of the same readings (the baseline), the "
                + "real ingest through import jobs, a re-sent tenth (merge path) and the export of one source. "
                + "Run with -Xmx256m to check the heap bound.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scale", defaultValue = "small",
            description = "small (2 masts x 60 days, about a minute), fleet (20 masts of TOA5 and NRG day files x 60 "
                    + "days, a zip per day) or logger (one mast, 6 years: 25.2 million readings)")
    String scale;

    @Option(names = "--loggers", description = "override the scale's number of loggers")
    Integer loggers;

    @Option(names = "--sensors", description = "override the scale's sensors per logger (4 statistics each)")
    Integer sensors;

    @Option(names = "--days", description = "override the scale's number of days")
    Integer days;

    @Option(names = "--format", description = "toa5, nrg or mixed (default: the scale's, mixed for fleet, else toa5)")
    String format;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--dir", description = "work folder (default: bench/ under data.dir)")
    Path dir;

    @Option(names = "--keep", description = "keep the generated files and the loaded readings")
    boolean keep;

    @picocli.CommandLine.ParentCommand
    BenchCli cli;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Settings configured = cli.settings();
        BenchScale named = BenchScale.valueOf(scale.toUpperCase(Locale.ROOT));
        GeneratorSpec base = named.spec(seed, format == null ? null : FileFormat.parse(format));
        GeneratorSpec generator = new GeneratorSpec(loggers != null ? loggers : base.loggers(),
                sensors != null ? sensors : base.sensors(), days != null ? days : base.days(), base.start(), seed,
                base.format(), base.packing(), base.missingFraction(), base.site());
        Path work = (dir != null ? dir : configured.dataDir().resolve("bench")).toAbsolutePath().normalize();
        boolean embedded = configured.dbUrl().isEmpty();
        // Never the user's data: without db.url, a separate embedded database in the bench folder, on a free
        // port (a fixed embedded-db.port may be the one a running loggerflow listens on).
        Settings settings = embedded
                ? configured.with(Map.of(Settings.Key.DATA_DIR.property, work.resolve("data").toString(),
                        Settings.Key.EMBEDDED_DB_PORT.property, "0"))
                : configured;
        BenchReport report = new Benchmark(settings, out).run(new BenchPlan(generator, work, keep),
                scale.toLowerCase(Locale.ROOT));
        out.println();
        report.print(out);
        if (!keep) {
            for (String folder : new String[] {"warm-up", "files", "identical", "resent", "export"}) {
                Benchmark.deleteTree(work.resolve(folder));
            }
            if (embedded) {
                Benchmark.deleteTree(work.resolve("data"));
            }
            try (var left = java.nio.file.Files.list(work)) {
                if (left.findAny().isEmpty()) {
                    java.nio.file.Files.delete(work);
                }
            }
        }
        return 0;
    }
}
