package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Actor;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * What the {@code calibration} and {@code flag} commands share: their subcommands run on one connection,
 * and {@code remove ID} works alike for both; each names the kind of row it manages.
 */
abstract class CleaningCommand {
    @ParentCommand
    LoggerflowCli cli;

    /** A subcommand: its work on one connection, printing to the command's output. */
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        CleaningCommand parent;

        @Spec
        CommandSpec spec;

        abstract int run(Connection connection, PrintWriter out) throws Exception;

        @Override
        public final Integer call() throws Exception {
            return OnDatabase.run(parent.cli, connection -> run(connection, spec.commandLine().getOut()));
        }
    }

    /** {@code remove ID}: removes one row, the change recorded with who and why; exit 1 when there is none. */
    abstract static class Remove extends Subcommand {
        @Parameters(paramLabel = "ID")
        int id;

        @Mixin
        CleaningOptions change = new CleaningOptions();

        /** What is removed, for the messages: "calibration", "flag". */
        abstract String noun();

        abstract boolean remove(Connection connection, int id, Actor actor) throws SQLException;

        @Override
        final int run(Connection connection, PrintWriter out) throws SQLException {
            boolean removed = remove(connection, id, change.actor());
            out.println(removed ? noun() + " " + id + " removed" : "no " + noun() + " " + id);
            return removed ? 0 : 1;
        }
    }
}
