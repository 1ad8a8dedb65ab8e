package io.loggerflow.worker.cli;

import io.loggerflow.worker.db.CommandDatabase;

import java.sql.Connection;

/**
 * Runs a one-shot command's work on one plain connection (schema migrated first if needed): no pool,
 * no JobRunr.
 */
final class OnDatabase {
    private OnDatabase() {
    }

    interface Work {
        int run(Connection connection) throws Exception;
    }

    static int run(LoggerflowCli cli, Work work) throws Exception {
        try (CommandDatabase database = CommandDatabase.open(cli.settings())) {
            return work.run(database.connection());
        }
    }
}
