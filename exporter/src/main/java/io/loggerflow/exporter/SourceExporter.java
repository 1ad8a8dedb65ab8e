package io.loggerflow.exporter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;

/**
 * Exports one source into a zip with one wide CSV file per measurement type. Readings are streamed from a
 * server-side cursor in batches of {@code fetchSize} rows and pivoted on the fly, so memory stays bounded
 * whatever the source's size.
 */
public final class SourceExporter {
    /** Used when a source has too few readings to tell its interval. */
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);

    private final Clock clock;
    private final int fetchSize;
    private final ExportListener listener;

    public SourceExporter(Clock clock, int fetchSize, ExportListener listener) {
        this.clock = clock;
        this.fetchSize = fetchSize;
        this.listener = listener;
    }

    public SourceExporter() {
        this(Clock.systemUTC(), 10_000, ExportListener.NONE);
    }

    /** Exports the source's readings in the rule's range to {@code zip}, in one consistent snapshot. */
    public ExportResult export(Connection connection, int sourceId, RangeRule rule, Path zip)
            throws SQLException, IOException {
        try (ExportSnapshot snapshot = new ExportSnapshot(connection)) {
            Optional<ExportPlan> plan = plan(connection, sourceId, rule);
            if (plan.isEmpty()) {
                return ExportResult.notWritten(ExportResult.Status.EMPTY, describe(connection, sourceId), null, zip);
            }
            return write(connection, plan.get(), zip);
        }
    }

    /**
     * Decides what to export; empty when the source has no stored readings. Call inside the snapshot
     * that {@link #write} will use, i.e. through {@link #export} or {@link ConfiguredExports}.
     */
    Optional<ExportPlan> plan(Connection connection, int sourceId, RangeRule rule) throws SQLException {
        ExportSource source = describe(connection, sourceId);
        Instant first;
        Instant last;
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("data_span"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                first = instant(rs.getTimestamp(1));
                last = instant(rs.getTimestamp(2));
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        List<SensorColumn> columns = columns(connection, sourceId);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        Instant sampleFrom = rule.fixedStart(clock).orElse(first);
        TimeGrid grid = grid(connection, columns, sampleFrom.isAfter(last) ? first : sampleFrom);
        Optional<ExportRange> range = rule.resolve(first, last, grid.interval(), clock);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        long origin = grid.firstAtOrAfter(range.get().from().toEpochMilli());
        Map<String, List<SensorColumn>> byType = new TreeMap<>();
        for (SensorColumn column : columns) {
            byType.computeIfAbsent(column.fileType(), type -> new ArrayList<>()).add(column);
        }
        return Optional.of(new ExportPlan(source, range.get(), grid.interval(), Instant.ofEpochMilli(origin), byType));
    }

    /** Writes the planned zip (atomically). */
    ExportResult write(Connection connection, ExportPlan plan, Path zipPath) throws SQLException, IOException {
        long started = System.nanoTime();
        List<String> files = new ArrayList<>();
        long rows = 0;
        long readings = 0;
        long bytes;
        ExportCleaning cleaning = ExportCleaning.of(connection, plan);
        try (AtomicZip zip = new AtomicZip(zipPath)) {
            Writer text = new BufferedWriter(new OutputStreamWriter(zip.stream(), StandardCharsets.UTF_8), 1 << 16);
            for (Map.Entry<String, List<SensorColumn>> type : plan.columnsByType().entrySet()) {
                String file = type.getKey() + ".csv";
                zip.stream().putNextEntry(new ZipEntry(file));
                WideFileWriter wide = writeType(connection, cleaning, plan, type.getValue(), text);
                text.flush();
                zip.stream().closeEntry();
                files.add(file);
                rows += wide.rows();
                readings += wide.readings();
                listener.fileWritten(plan.source(), file, wide.rows(), wide.readings());
            }
            zip.stream().putNextEntry(new ZipEntry(ExportManifest.FILE_NAME));
            text.write(ExportManifest.text(plan, cleaning, files, clock.instant()));
            text.flush();
            zip.stream().closeEntry();
            bytes = zip.commit();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new ExportResult(ExportResult.Status.EXPORTED, plan.source(), plan.range(), zipPath, List.copyOf(files),
                rows, readings, bytes, millis);
    }

    private WideFileWriter writeType(Connection connection, ExportCleaning cleaning, ExportPlan plan,
                                     List<SensorColumn> columns, Writer out) throws SQLException, IOException {
        WideFileWriter wide = new WideFileWriter(out, columns, plan.gridOrigin().toEpochMilli(),
                plan.interval().toMillis(), plan.range().to().toEpochMilli());
        wide.writeHeader(columns);
        int[] ids = columns.stream().mapToInt(SensorColumn::sensorId).toArray();
        Array sensors = sensorIds(connection, columns);
        // Slice by slice, in time order: each month is one partition (or one or two chunks), sorted by the
        // server in memory and streamed, instead of one sort of the whole range; months are cut further where
        // a calibration or flag starts or ends, so each slice is read with one cleaning (flagged sensors not
        // at all, calibrated ones mapped by an expression) in the same plan as an uncleaned read.
        try (PreparedStatement plain = connection.prepareStatement(SqlText.load("readings_uncleaned"));
             PreparedStatement calibrated = connection.prepareStatement(SqlText.load("readings"))) {
            plain.setFetchSize(fetchSize);
            calibrated.setFetchSize(fetchSize);
            for (ExportRange slice : cleaning.slices(plan.range())) {
                SliceCleaning sliceCleaning = cleaning.any() ? SliceCleaning.load(connection, sensors, slice)
                        : SliceCleaning.none(ids);
                if (sliceCleaning.kept().length == 0) {
                    continue;
                }
                PreparedStatement statement = sliceCleaning.calibrates() ? calibrated : plain;
                int at = 1;
                if (sliceCleaning.calibrates()) {
                    statement.setArray(at++, connection.createArrayOf("integer", sliceCleaning.calibrated()));
                    statement.setArray(at++, connection.createArrayOf("text", sliceCleaning.kinds()));
                    statement.setArray(at++, connection.createArrayOf("float8", sliceCleaning.scales()));
                    statement.setArray(at++, connection.createArrayOf("float8", sliceCleaning.shifts()));
                    statement.setArray(at++, connection.createArrayOf("integer", sliceCleaning.averages()));
                    statement.setTimestamp(at++, Timestamp.from(slice.from()));
                    statement.setTimestamp(at++, Timestamp.from(slice.to()));
                }
                statement.setArray(at++, connection.createArrayOf("integer",
                        Arrays.stream(sliceCleaning.kept()).boxed().toArray()));
                statement.setTimestamp(at++, Timestamp.from(slice.from()));
                statement.setTimestamp(at, Timestamp.from(slice.to()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        double value = rs.getDouble(3);
                        if (!rs.wasNull()) { // a ti that cannot be recomputed (no average at that time)
                            wide.add(rs.getTimestamp(1).getTime(), rs.getInt(2), value);
                        }
                    }
                }
            }
        }
        wide.finish();
        return wide;
    }

    /** The source as the connection sees it now (its key and data version). */
    public static ExportSource describe(Connection connection, int sourceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("source"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no source with id " + sourceId);
                }
                return new ExportSource(rs.getInt(1), new SourceKey(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getLong(5));
            }
        }
    }

    private static List<SensorColumn> columns(Connection connection, int sourceId) throws SQLException {
        List<SensorColumn> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("columns"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(new SensorColumn(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            (Double) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7)));
                }
            }
        }
        return columns;
    }

    private static TimeGrid grid(Connection connection, List<SensorColumn> columns, Instant from) throws SQLException {
        long[] stamps = new long[2000];
        int count = 0;
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("interval"))) {
            statement.setArray(1, sensorIds(connection, columns));
            statement.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next() && count < stamps.length) {
                    stamps[count++] = rs.getTimestamp(1).getTime();
                }
            }
        }
        return TimeGrid.estimate(stamps, count, DEFAULT_INTERVAL);
    }

    private static Array sensorIds(Connection connection, List<SensorColumn> columns) throws SQLException {
        return connection.createArrayOf("integer", columns.stream().map(SensorColumn::sensorId).toArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
