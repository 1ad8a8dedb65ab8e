package io.loggerflow.worker.cli;

import io.loggerflow.exporter.ConfiguredExports;
import io.loggerflow.exporter.ExportListener;
import io.loggerflow.exporter.ExportResult;
import io.loggerflow.exporter.ExportSource;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.SourceExporter;
import io.loggerflow.exporter.Sources;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** {@code export}: writes one zip per source now, in this process. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export sources now: one file per source in the chosen layout (calibrations applied, flagged "
                + "readings left out, a coverage.csv in every zip), streamed in bounded memory. Scheduled exports: "
                + "export-config.")
final class ExportCommand extends OneShotCommand {
    @Mixin
    SourceOptions sources = new SourceOptions();

    @Option(names = "--from", converter = UtcTimeConverter.class, description = "start (inclusive), e.g. 2024-03-01 (UTC)")
    Instant from;

    @Option(names = "--to", converter = UtcTimeConverter.class, description = "end (exclusive)")
    Instant to;

    @Option(names = "--range", description = "all (default) or last-days:N, when --from/--to are not given")
    String range;

    @Option(names = "--out", description = "output folder (default: the export.dir setting)")
    Path out;

    @Mixin
    ProgressOptions progressOptions = new ProgressOptions();

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    int run(Connection connection, PrintWriter print) throws Exception {
        RangeRule rule = rangeRule();
        Path folder = out != null ? out : cli().settings().exportDir();
        int total = Sources.matching(connection, sources.selection()).size();
        List<ExportResult> results;
        try (Progress progress = progressOptions.start("export", "sources", total, spec.commandLine().getErr())) {
            SourceProgress listener = new SourceProgress(progress, print);
            SourceExporter exporter = new SourceExporter(Clock.systemUTC(), 10_000, listener);
            results = ConfiguredExports.exportNow(connection, exporter, sources.selection(), rule, folder,
                    layout.format());
            progress.complete();
        }
        if (results.isEmpty()) {
            spec.commandLine().getErr().println("loggerflow: no source matches " + sources.selection());
            return 1;
        }
        ExportResultTable.print(results, print);
        return 0;
    }

    /** A source counts as done when the next one starts writing (the listener hears of files, not sources). */
    private static final class SourceProgress implements ExportListener {
        private final Progress progress;
        private final PrintWriter print;
        private int current = -1;

        SourceProgress(Progress progress, PrintWriter print) {
            this.progress = progress;
            this.print = print;
        }

        @Override
        public void fileWritten(ExportSource source, String file, long rows, long readings) {
            if (current != -1 && current != source.id()) {
                progress.advance(1, 0);
            }
            current = source.id();
            progress.advance(0, readings);
            if (!progress.drawsBar()) {
                print.printf("  %s %s: %d rows, %d readings%n", source.key(), file, rows, readings);
            }
        }
    }

    private RangeRule rangeRule() {
        if (from != null || to != null) {
            if (from == null || to == null || range != null) {
                throw new IllegalArgumentException("give --from and --to together, or --range");
            }
            return RangeRule.between(from, to);
        }
        return range == null ? RangeRule.all() : RangeRule.parse(range);
    }
}
