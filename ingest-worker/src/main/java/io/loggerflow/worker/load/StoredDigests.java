package io.loggerflow.worker.load;

import io.loggerflow.worker.db.Sql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The cheap check of a held file against the stored readings: per sensor, the count and an MD5 of (stamp, value)
 * in stamp order, computed by the server over the stored readings of the file's sensors in its range and by the
 * loader over the file's ({@code stored_digests.sql}). When every sensor's match, the file is an identical
 * re-send — the common case of overlapping day files and re-collected tables — and nothing is streamed back to
 * be compared reading by reading. Any difference (a changed or new value, a stored reading the file lacks, even
 * -0.0 stored for 0.0) only means the full comparison ({@link StoredComparison}) decides; a match is trusted,
 * as two different sequences with the same MD5 do not occur by accident.
 */
final class StoredDigests {
    /** PostgreSQL timestamps count microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private StoredDigests() {
    }

    /**
     * @return the file's readings when every sensor's stored readings in the range are exactly the file's,
     *         else empty
     */
    static OptionalLong identical(Connection connection, SensorOrderedRows held, int[] sensorIds, Instant first,
                                  Instant last) throws SQLException, IOException {
        Map<Integer, Digest> file = fileDigests(held);
        Map<Integer, Digest> stored = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("load/stored_digests.sql"))) {
            statement.setArray(1, connection.createArrayOf("integer",
                    java.util.Arrays.stream(sensorIds).boxed().toArray()));
            statement.setTimestamp(2, Timestamp.from(first));
            statement.setTimestamp(3, Timestamp.from(last));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getInt(1), new Digest(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        if (!stored.equals(file)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(file.values().stream().mapToLong(Digest::readings).sum());
    }

    /** A sensor's readings: how many, and the hex MD5 of their stamps and values in stamp order. */
    private record Digest(long readings, String md5) {
    }

    /** The file's digests per sensor with readings, over the held rows in (sensor_id, ts) order. */
    private static Map<Integer, Digest> fileDigests(SensorOrderedRows held) throws IOException {
        Map<Integer, Digest> digests = new HashMap<>();
        MessageDigest md5 = md5();
        ByteBuffer reading = ByteBuffer.allocate(16);
        int[] current = {Integer.MIN_VALUE};
        long[] count = {0};
        held.forEach((cell, stamp, sensorId, value) -> {
            if (sensorId != current[0]) {
                if (count[0] > 0) {
                    digests.put(current[0], new Digest(count[0], HexFormat.of().formatHex(md5.digest())));
                }
                current[0] = sensorId;
                count[0] = 0;
            }
            reading.clear();
            reading.putLong(stamp * 1000 - POSTGRES_EPOCH_MICROS).putLong(Double.doubleToRawLongBits(value));
            md5.update(reading.array());
            count[0]++;
        });
        if (count[0] > 0) {
            digests.put(current[0], new Digest(count[0], HexFormat.of().formatHex(md5.digest())));
        }
        return digests;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
