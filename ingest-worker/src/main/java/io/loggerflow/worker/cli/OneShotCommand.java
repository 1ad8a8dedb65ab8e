package io.loggerflow.worker.cli;

import io.loggerflow.worker.db.CommandDatabase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.concurrent.Callable;

/**
 * A command that does its work on one plain connection and prints to the command's output: no pool and
 * no JobRunr ({@link CommandDatabase}; the schema is migrated first if needed).
 */
abstract class OneShotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command line this command runs under, with its settings (the root command, at any depth). */
    final LoggerflowCli cli() {
        return (LoggerflowCli) spec.root().userObject();
    }

    /** @return the exit code */
    abstract int run(Connection connection, PrintWriter out) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CommandDatabase database = CommandDatabase.open(cli().settings())) {
            return run(database.connection(), out);
        } finally {
            out.flush();
        }
    }
}
