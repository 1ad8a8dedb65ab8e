package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the {@code calibration} and {@code flag} commands share: their subcommands run on one connection,
 * and {@code list} and {@code remove ID} are one implementation each, asking the command for its table
 * and its removal. Messages name the command ("calibration 3 removed", "no flag 7").
 */
abstract class CleaningCommand {
    @Spec
    CommandSpec spec;

    /** Every row, as the {@code list} subcommand prints it. */
    abstract TextTable table(Connection connection) throws SQLException;

    /** Removes one row, recording who and why; false when there is no such row. */
    abstract boolean remove(Connection connection, int id, Actor actor) throws SQLException;

    /** A subcommand, which asks its command (calibration or flag) for what differs. */
    abstract static class Subcommand extends OneShotCommand {
        @ParentCommand
        CleaningCommand parent;
    }

    /** An {@code add}: every row belongs to a source, and its change is recorded with who and why. */
    abstract static class Add extends Subcommand {
        @Option(names = "--source", required = true, paramLabel = "SITE/LOGGER[/TABLE]")
        String source;

        @Mixin
        CleaningOptions change = new CleaningOptions();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every ${PARENT-COMMAND-NAME}.")
    static final class ListAll extends Subcommand {
        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            parent.table(connection).print(out);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a ${PARENT-COMMAND-NAME} by its ID (recorded, see 'changes'); exit 1 if there is none.")
    static final class Remove extends Subcommand {
        @Parameters(paramLabel = "ID")
        int id;

        @Mixin
        CleaningOptions change = new CleaningOptions();

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            boolean removed = parent.remove(connection, id, change.actor());
            String noun = parent.spec.name();
            out.println(removed ? noun + " " + id + " removed" : "no " + noun + " " + id);
            return removed ? 0 : 1;
        }
    }
}
