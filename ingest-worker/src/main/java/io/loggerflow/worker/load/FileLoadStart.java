package io.loggerflow.worker.load;

import io.loggerflow.parsers.Channel;
import io.loggerflow.parsers.LoggerIdentity;
import io.loggerflow.parsers.RowReader;
import io.loggerflow.parsers.SkippedColumn;
import io.loggerflow.parsers.metadata.SensorMetadata;
import io.loggerflow.worker.db.Sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The start of a file's load transaction, in one round trip (the database function
 * {@code loggerflow_begin_file_load}, migration V12): the locks, the duplicate check under the content's
 * lock, the source and its sensors registered (Task 43 metadata derived here), the file's {@code files} row
 * and whether its range overlaps stored readings. Each of these was a statement of its own; on a busy
 * machine their round trips, not their work, were most of a day file's fixed cost.
 */
final class FileLoadStart {
    private static final long DAY_SECONDS = 86_400L;
    private static final long WEEK_SECONDS = 7 * DAY_SECONDS;
    /**
     * Files spanning at most this many UTC days share the source's week locks and take their days' locks
     * exclusively: two day files of one source in one week load side by side. Longer files take the week
     * locks exclusively (as a retraction does).
     */
    private static final long DAY_LOCKED_DAYS = 3;

    private FileLoadStart() {
    }

    /**
     * @param alreadyLoaded a loaded file with the same content (then nothing was written: roll back)
     * @param sensorIds     the sensor id of each channel, in channel order
     * @param overlaps      whether stored readings of these sensors lie in the file's range
     */
    record Started(OptionalLong alreadyLoaded, int sourceId, long fileId, int[] sensorIds, boolean overlaps) {
    }

    /** @param checkOverlap false when the file is merged anyway (the overlap query is then skipped) */
    static Started begin(Connection connection, boolean hypertable, ImportRequest request, FileRef file,
                         Fingerprint fingerprint, ParsedFile parsed, RowReader reader, Instant startedAt,
                         boolean checkOverlap)
            throws SQLException {
        LoggerIdentity identity = reader.identity();
        List<Channel> channels = reader.channels();
        List<SkippedColumn> skipped = reader.skippedColumns();
        long firstDay = Math.floorDiv(parsed.first().getEpochSecond(), DAY_SECONDS);
        long lastDay = Math.floorDiv(parsed.last().getEpochSecond(), DAY_SECONDS);
        String format = parsed.format().name();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/begin_file_load.sql"))) {
            int p = 0;
            statement.setBoolean(++p, hypertable);
            statement.setString(++p, fingerprint.sha256());
            statement.setString(++p, request.site());
            statement.setString(++p, identity.logger());
            statement.setString(++p, identity.table());
            statement.setString(++p, identity.model());
            statement.setString(++p, identity.serial());
            statement.setString(++p, format);
            statement.setBoolean(++p, lastDay - firstDay < DAY_LOCKED_DAYS);
            statement.setLong(++p, Math.floorDiv(parsed.first().getEpochSecond(), WEEK_SECONDS));
            statement.setLong(++p, Math.floorDiv(parsed.last().getEpochSecond(), WEEK_SECONDS));
            statement.setLong(++p, firstDay);
            statement.setLong(++p, lastDay);
            for (Array column : sensorColumns(connection, channels)) {
                statement.setArray(++p, column);
            }
            statement.setArray(++p, connection.createArrayOf("text", skipped.stream().map(SkippedColumn::name).toArray()));
            statement.setArray(++p, connection.createArrayOf("text", skipped.stream().map(SkippedColumn::reason).toArray()));
            statement.setString(++p, file.recordedPath());
            statement.setString(++p, file.name());
            statement.setLong(++p, fingerprint.size());
            statement.setObject(++p, file.parentId(), Types.BIGINT);
            statement.setObject(++p, request.jobId().orElse(null), Types.OTHER);
            statement.setTimestamp(++p, Timestamp.from(startedAt));
            statement.setTimestamp(++p, Timestamp.from(parsed.first()));
            statement.setTimestamp(++p, Timestamp.from(parsed.last()));
            statement.setBoolean(++p, checkOverlap);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                long loadedId = rs.getLong(1);
                if (!rs.wasNull()) {
                    return new Started(OptionalLong.of(loadedId), 0, 0, new int[0], false);
                }
                return new Started(OptionalLong.empty(), rs.getInt(2), rs.getLong(3),
                        sensorIds(rs.getArray(4), channels), rs.getBoolean(5));
            }
        }
    }

    /** The channels' names, units and derived Task 43 metadata, one array per column of {@code sensors}. */
    private static Array[] sensorColumns(Connection connection, List<Channel> channels) throws SQLException {
        int n = channels.size();
        String[] names = new String[n];
        String[] units = new String[n];
        String[] loggerStatistics = new String[n];
        String[] types = new String[n];
        String[] statistics = new String[n];
        Double[] heights = new Double[n];
        Double[] orientations = new Double[n];
        String[] task43Units = new String[n];
        for (int i = 0; i < n; i++) {
            Channel channel = channels.get(i);
            SensorMetadata metadata = DerivedMetadata.of(channel);
            names[i] = channel.name();
            units[i] = channel.unit();
            loggerStatistics[i] = channel.statistic();
            types[i] = metadata.measurementType();
            statistics[i] = metadata.statistic();
            heights[i] = metadata.heightM();
            orientations[i] = metadata.orientationDeg();
            task43Units[i] = metadata.unit();
        }
        return new Array[]{connection.createArrayOf("text", names), connection.createArrayOf("text", units),
                connection.createArrayOf("text", loggerStatistics), connection.createArrayOf("text", types),
                connection.createArrayOf("text", statistics), connection.createArrayOf("float8", heights),
                connection.createArrayOf("float8", orientations), connection.createArrayOf("text", task43Units)};
    }

    private static int[] sensorIds(Array array, List<Channel> channels) throws SQLException {
        Integer[] ids = array == null ? new Integer[0] : (Integer[]) array.getArray();
        if (ids.length != channels.size()) {
            throw new IllegalStateException("of " + channels.size() + " channels only " + ids.length
                    + " sensors were registered");
        }
        int[] result = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            result[i] = ids[i];
        }
        return result;
    }
}
