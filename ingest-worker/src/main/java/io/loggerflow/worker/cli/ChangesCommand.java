package io.loggerflow.worker.cli;

import io.loggerflow.exporter.CleaningChange;
import io.loggerflow.exporter.CleaningChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;

/** {@code changes}: the audit trail of calibrations and flags. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = "Show who changed calibrations and flags, when and why (changes made in SQL included).")
final class ChangesCommand extends OneShotCommand {
    @Option(names = "--limit", defaultValue = "50", description = "how many of the latest changes (default ${DEFAULT-VALUE})")
    int limit;

    @Override
    int run(Connection connection, PrintWriter out) throws Exception {
        TextTable table = new TextTable("ID", "AT", "BY", "ACTION", "WHAT", "REASON");
        for (CleaningChange c : CleaningChanges.latest(connection, limit)) {
            table.row(c.id(), c.changedAt(), c.changedBy(), c.action(), c.table() + " " + c.rowId(), c.reason());
        }
        table.print(out);
        return 0;
    }
}
