package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Counts, in the staging table, a file's rows whose stamp an earlier row of the file already had: repeated
 * rows (identical: stored once) and rows with other values (the later row wins), and adds them to the file's
 * account.
 */
final class StagedRepeats {
    private StagedRepeats() {
    }

    static void account(Connection connection, RowAccount account) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/staging_repeats.sql"));
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            long repeated = rs.getLong("repeated");
            long conflicting = rs.getLong("conflicting");
            account.repeated(repeated);
            if (repeated > 0) {
                account.note(repeated + (repeated == 1 ? " repeated row" : " repeated rows") + " stored once");
            }
            if (conflicting > 0) {
                Array lines = rs.getArray("first_conflicting_lines");
                String first = Arrays.stream((Object[]) lines.getArray()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                account.note(conflicting + (conflicting == 1 ? " row repeats" : " rows repeat")
                        + " an earlier row's stamp with other values: the later row wins (line"
                        + (conflicting == 1 ? " " : "s ") + first + (conflicting > 5 ? ", ..." : "") + ")");
            }
        }
    }
}
