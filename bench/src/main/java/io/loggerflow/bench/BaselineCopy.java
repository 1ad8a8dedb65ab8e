package io.loggerflow.bench;

import io.loggerflow.worker.db.Sql;
import io.loggerflow.worker.load.BinaryReadingRows;
import org.postgresql.PGConnection;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The physical limit: one COPY stream of the tidy readings straight into the (empty) readings table, with
 * the same indexes, partitions or hypertable and the same session settings as the loader's fast path —
 * as CSV-like text (the tidy file as it is), and in the binary COPY format the loader itself writes.
 */
final class BaselineCopy {
    private static final String FILE_ID = Long.toString(OwnRows.BASELINE_FILE_ID);

    private BaselineCopy() {
    }

    /**
     * Rewrites the tidy CSV ({@code ts,sensor,value}) as COPY rows of readings, text in {@code copyFile} and
     * binary in {@code binaryFile}; untimed preparation.
     */
    static Prepared prepare(Path tidyCsv, Path copyFile, Path binaryFile) throws IOException {
        Map<String, Integer> sensorIds = new HashMap<>();
        long rows = 0;
        String first = null;
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(tidyCsv, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(copyFile, StandardCharsets.UTF_8);
             OutputStream binaryOut = new BufferedOutputStream(Files.newOutputStream(binaryFile), 1 << 16)) {
            BinaryReadingRows binary = new BinaryReadingRows(binaryOut);
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int a = line.indexOf(',');
                int b = line.lastIndexOf(',');
                String ts = line.substring(0, a);
                int sensor = sensorIds.computeIfAbsent(line.substring(a + 1, b), name -> sensorIds.size() + 1);
                out.append(ts).append('\t').append(Integer.toString(sensor)).append('\t')
                        .append(line, b + 1, line.length()).append('\t').append(FILE_ID).append('\n');
                binary.row(Instant.parse(ts).toEpochMilli(), sensor, Double.parseDouble(line.substring(b + 1)),
                        OwnRows.BASELINE_FILE_ID);
                if (first == null || ts.compareTo(first) < 0) {
                    first = ts;
                }
                if (last == null || ts.compareTo(last) > 0) {
                    last = ts;
                }
                rows++;
            }
            binary.finish();
        }
        return new Prepared(copyFile, binaryFile, rows, Instant.parse(first), Instant.parse(last));
    }

    record Prepared(Path textFile, Path binaryFile, long rows, Instant first, Instant last) {
    }

    /** COPYs the prepared rows (text or binary) in one transaction; returns the rows written. */
    static long copy(BenchDatabase db, Prepared prepared, boolean binary, boolean directCompress) throws Exception {
        Connection connection = db.connection();
        // in a short transaction of its own before the COPY's, as the loader does
        try (PreparedStatement partitions = connection.prepareStatement(Sql.load("bench/ensure_partitions.sql"))) {
            partitions.setTimestamp(1, Timestamp.from(prepared.first()));
            partitions.setTimestamp(2, Timestamp.from(prepared.last()));
            partitions.execute();
        }
        return db.inTransaction(() -> {
            if (directCompress) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(Sql.load("bench/direct_compress_copy.sql"));
                }
            }
            try (InputStream in = Files.newInputStream(binary ? prepared.binaryFile() : prepared.textFile())) {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(Sql.load(binary ? "bench/copy_binary.sql" : "bench/copy_text.sql"), in, 1 << 16);
            }
        });
    }
}
