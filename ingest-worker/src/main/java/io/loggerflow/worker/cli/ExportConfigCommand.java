package io.loggerflow.worker.cli;

import io.loggerflow.exporter.ExportConfig;
import io.loggerflow.exporter.ExportConfigs;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.jobs.ExportRuns;
import io.loggerflow.worker.jobs.ExportSchedules;
import io.loggerflow.worker.jobs.JobTables;
import org.jobrunr.scheduling.cron.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** {@code export-config}: stored export configurations, run nightly (or by their cron) by the workers. */
@Command(name = "export-config", mixinStandardHelpOptions = true,
        description = "Manage scheduled exports. Each configuration is a JobRunr recurring job (see the dashboard); "
                + "it re-exports a source only when its range or data (files, calibrations, flags) changed.",
        subcommands = {ExportConfigCommand.Add.class, ExportConfigCommand.ListConfigs.class,
                ExportConfigCommand.Remove.class, ExportConfigCommand.Run.class})
final class ExportConfigCommand {
    @ParentCommand
    LoggerflowCli cli;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace an export configuration.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ExportConfigCommand parent;

        @Parameters(paramLabel = "NAME", description = "letters, digits, '.', '_' or '-'")
        String name;

        @Mixin
        SourceOptions sources = new SourceOptions();

        @Option(names = "--range", defaultValue = "all", description = "all or last-days:N (default ${DEFAULT-VALUE})")
        String range;

        @Option(names = "--out", description = "output folder (default: <export.dir>/<NAME>)")
        Path out;

        @Option(names = "--cron", defaultValue = ExportConfig.NIGHTLY,
                description = "when to run, cron in UTC (default '${DEFAULT-VALUE}': nightly)")
        String cron;

        @Option(names = "--disabled", description = "store it without scheduling it")
        boolean disabled;

        @Mixin
        LayoutOptions layout = new LayoutOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            new CronExpression(cron); // refuse a bad expression before storing it
            try (Loggerflow app = Loggerflow.open(parent.cli.settings())) {
                // By default each configuration has a folder of its own: two never overwrite each other's zips.
                Path folder = (out != null ? out : app.settings().exportDir().resolve(name)).toAbsolutePath().normalize();
                ExportConfig config = new ExportConfig(name, sources.selection(), RangeRule.parse(range), folder, cron,
                        !disabled, layout.format());
                try (Connection connection = app.dataSource().getConnection()) {
                    ExportConfigs.save(connection, config);
                }
                boolean scheduled = app.syncExportSchedules();
                spec.commandLine().getOut().printf("export %s: %s, range %s, layout %s, to %s, %s%n", name,
                        config.sources(), config.range(), config.format(), folder, disabled ? "disabled"
                                : "cron '" + cron + "' (UTC)" + (scheduled ? "" : ", scheduled when a worker starts"));
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List export configurations.")
    static final class ListConfigs extends OneShotCommand {
        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            TextTable table = new TextTable("NAME", "SOURCES", "RANGE", "LAYOUT", "CRON (UTC)", "ENABLED", "OUTPUT",
                    "JOB", "LAST RUN (UTC)");
            var scheduled = JobTables.recurringJobIds(connection, ExportSchedules.ID_PREFIX);
            var lastRuns = ExportRuns.lastRuns(connection);
            for (ExportConfig config : ExportConfigs.list(connection)) {
                String id = ExportSchedules.recurringJobId(config.name());
                table.row(config.name(), config.sources(), config.range(), config.format(), config.cron(),
                        config.enabled(), config.outputDir(), scheduled.contains(id) ? id : "-",
                        lastRuns.getOrDefault(config.name(), "never"));
            }
            table.print(out);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an export configuration.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        ExportConfigCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (Loggerflow app = Loggerflow.open(parent.cli.settings())) {
                boolean removed;
                try (Connection connection = app.dataSource().getConnection()) {
                    removed = ExportConfigs.delete(connection, name);
                }
                app.syncExportSchedules();
                spec.commandLine().getOut().println(removed ? "removed export " + name : "no export named " + name);
                return removed ? 0 : 1;
            }
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run a configuration now, in this process (or hand it to the workers with --enqueue).")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        ExportConfigCommand parent;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--enqueue", description = "let the workers run it, as the dashboard's Trigger button does")
        boolean enqueue;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Loggerflow app = Loggerflow.open(parent.cli.settings())) {
                if (enqueue) {
                    try (Connection connection = app.dataSource().getConnection()) {
                        if (ExportConfigs.find(connection, name).isEmpty()) {
                            throw new io.loggerflow.exporter.UnknownExportConfigException(name);
                        }
                    }
                    out.println("enqueued job " + app.jobs().triggerRecurringJob(ExportSchedules.recurringJobId(name))
                            .orElseGet(() -> app.jobs().enqueueExport(name)));
                    return 0;
                }
                ExportResultTable.print(new ExportRuns(app.dataSource()).run(app.configuredExports(), name), out);
                return 0;
            }
        }
    }
}
