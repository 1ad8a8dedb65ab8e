package io.loggerflow.worker.cli;

import io.loggerflow.worker.Loggerflow;

import java.sql.Connection;

/** Runs a one-shot command's work on a connection of a freshly opened loggerflow (schema up to date). */
final class OnDatabase {
    private OnDatabase() {
    }

    interface Work {
        int run(Connection connection) throws Exception;
    }

    static int run(LoggerflowCli cli, Work work) throws Exception {
        try (Loggerflow app = Loggerflow.open(cli.settings()); Connection connection = app.dataSource().getConnection()) {
            return work.run(connection);
        }
    }
}
