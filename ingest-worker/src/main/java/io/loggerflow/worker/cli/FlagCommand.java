package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.SourceKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code flag}: bad-data windows, left out of exports. */
@Command(name = "flag", mixinStandardHelpOptions = true,
        description = "Manage bad-data windows (icing, maintenance, a failed sensor): readings inside them are left "
                + "out of exports; stored readings are kept. Every change is recorded (see 'changes').",
        subcommands = {FlagCommand.Add.class, FlagCommand.ListAll.class, FlagCommand.Remove.class})
final class FlagCommand {
    @ParentCommand
    LoggerflowCli cli;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Flag a window of one sensor or a whole source.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FlagCommand parent;

        @Option(names = "--source", required = true, paramLabel = "SITE/LOGGER[/TABLE]")
        String source;

        @Option(names = "--sensor", description = "the sensor's column name (default: every sensor of the source)")
        String sensor;

        @Option(names = "--from", required = true, converter = UtcTimeConverter.class, description = "start (inclusive)")
        Instant from;

        @Option(names = "--to", required = true, converter = UtcTimeConverter.class, description = "end (exclusive)")
        Instant to;

        @Mixin
        CleaningOptions change = new CleaningOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return OnDatabase.run(parent.cli, connection -> {
                int id = Flags.add(connection, Flag.of(SourceKey.parse(source), sensor, from, to), change.actor());
                spec.commandLine().getOut().println("flag " + id + " added");
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List flag windows.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        FlagCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return OnDatabase.run(parent.cli, connection -> {
                TextTable table = new TextTable("ID", "SOURCE", "SENSOR", "FROM", "TO", "BY", "AT", "REASON");
                for (Flag f : Flags.list(connection)) {
                    table.row(f.id(), f.source(), f.sensor() == null ? "(all)" : f.sensor(), f.from(), f.to(),
                            f.changedBy(), f.changedAt(), f.reason());
                }
                table.print(spec.commandLine().getOut());
                return 0;
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a flag window.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        FlagCommand parent;

        @Parameters(paramLabel = "ID")
        int id;

        @Mixin
        CleaningOptions change = new CleaningOptions();

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return OnDatabase.run(parent.cli, connection -> {
                boolean removed = Flags.remove(connection, id, change.actor());
                spec.commandLine().getOut().println(removed ? "flag " + id + " removed" : "no flag " + id);
                return removed ? 0 : 1;
            });
        }
    }
}
