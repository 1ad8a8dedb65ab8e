package io.loggerflow.worker.retract;

import io.loggerflow.worker.db.Sql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The original of a top-level file, kept by loggerflow (archive/) or left where {@code import} read it.
 *
 * @param arrivedAt where it arrived: its folder's settings (today's) apply when it is imported again
 * @param site      the site it was imported for
 */
public record Original(long fileId, Path file, Path arrivedAt, String site) {

    /** The originals of these files, in the order given; refused when one is no longer on disk. */
    public static List<Original> of(Connection connection, List<Long> fileIds) throws SQLException {
        List<Original> originals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("retract/originals.sql"))) {
            statement.setArray(1, connection.createArrayOf("bigint", fileIds.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Path arrived = Path.of(rs.getString("path"));
                    String archived = rs.getString("archived_path");
                    Path file = archived != null ? Path.of(archived) : arrived;
                    if (!Files.isRegularFile(file)) {
                        throw new IllegalArgumentException("the original of file " + rs.getLong("id") + " is not at "
                                + file + " any more: nothing retracted");
                    }
                    originals.add(new Original(rs.getLong("id"), file, arrived, rs.getString("site")));
                }
            }
        }
        return originals;
    }
}
