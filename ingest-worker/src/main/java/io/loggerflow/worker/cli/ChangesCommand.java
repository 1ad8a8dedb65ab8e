package io.loggerflow.worker.cli;

import io.loggerflow.exporter.CleaningChange;
import io.loggerflow.exporter.CleaningChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code changes}: the audit trail of calibrations and flags. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Show who changed calibrations and flags, when and why (changes made in SQL included).")
final class ChangesCommand implements Callable<Integer> {
    @Option(names = "--limit", defaultValue = "50", description = "how many of the latest changes (default ${DEFAULT-VALUE})")
    int limit;

    @picocli.CommandLine.ParentCommand
    LoggerflowCli cli;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return OnDatabase.run(cli, connection -> {
            TextTable table = new TextTable("ID", "AT", "BY", "ACTION", "WHAT", "REASON");
            for (CleaningChange c : CleaningChanges.latest(connection, limit)) {
                table.row(c.id(), c.changedAt(), c.changedBy(), c.action(), c.table() + " " + c.rowId(), c.reason());
            }
            table.print(spec.commandLine().getOut());
            return 0;
        });
    }
}
