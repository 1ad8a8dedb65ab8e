package io.loggerflow.worker.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.concurrent.Callable;

/**
 * A top-level command that does its work on one plain connection ({@link OnDatabase}: no pool, no
 * JobRunr) and prints to the command's output.
 */
abstract class OneShotCommand implements Callable<Integer> {
    @ParentCommand
    LoggerflowCli cli;

    @Spec
    CommandSpec spec;

    /** @return the exit code */
    abstract int run(Connection connection, PrintWriter out) throws Exception;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try {
            return OnDatabase.run(cli, connection -> run(connection, out));
        } finally {
            out.flush();
        }
    }
}
