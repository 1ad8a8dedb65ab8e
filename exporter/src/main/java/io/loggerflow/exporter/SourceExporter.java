package io.loggerflow.exporter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Exports one source in a layout ({@link ExportFormat}): by default a zip with one wide CSV file per measurement
 * type. Readings are streamed from a server-side cursor in batches of {@code fetchSize} rows and pivoted on the
 * fly, so memory stays bounded whatever the source's size.
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

    /** Exports the source's readings in the rule's range to {@code zip}, per type, in one consistent snapshot. */
    public ExportResult export(Connection connection, int sourceId, RangeRule rule, Path zip)
            throws SQLException, IOException {
        return export(connection, sourceId, rule, zip, ExportFormat.PER_TYPE);
    }

    /** Exports the source's readings in the rule's range to {@code file}, in the format's layout, in one snapshot. */
    public ExportResult export(Connection connection, int sourceId, RangeRule rule, Path file, ExportFormat format)
            throws SQLException, IOException {
        try (ExportSnapshot snapshot = new ExportSnapshot(connection)) {
            Optional<ExportPlan> plan = plan(connection, sourceId, rule);
            if (plan.isEmpty()) {
                return ExportResult.notWritten(ExportResult.Status.EMPTY, describe(connection, sourceId), null, file);
            }
            return write(connection, plan.get(), file, format);
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

    /** Writes the planned per-type zip (atomically). */
    ExportResult write(Connection connection, ExportPlan plan, Path zipPath) throws SQLException, IOException {
        return write(connection, plan, zipPath, ExportFormat.PER_TYPE);
    }

    /** Writes the planned export in the format's layout (atomically): a zip, or one text file when not zipped. */
    ExportResult write(Connection connection, ExportPlan plan, Path path, ExportFormat format)
            throws SQLException, IOException {
        long started = System.nanoTime();
        ExportCleaning cleaning = ExportCleaning.of(connection, plan);
        LayoutFiles files = new LayoutFiles(connection, plan, format, new CleanedReadings(fetchSize, cleaning),
                listener, clock.instant());
        long bytes;
        if (format.zipped()) {
            try (AtomicZip zip = new AtomicZip(path)) {
                Writer text = new BufferedWriter(new OutputStreamWriter(zip.stream(), StandardCharsets.UTF_8), 1 << 16);
                files.writeEach((name, body) -> {
                    zip.stream().putNextEntry(new ZipEntry(name));
                    body.write(text);
                    text.flush();
                    zip.stream().closeEntry();
                });
                zip.stream().putNextEntry(new ZipEntry(CoverageCsv.FILE_NAME));
                CoverageCsv.write(files.coverage(), text);
                zip.stream().closeEntry();
                zip.stream().putNextEntry(new ZipEntry(ExportManifest.FILE_NAME));
                text.write(ExportManifest.text(plan, cleaning, files.names(), clock.instant(), format));
                text.flush();
                zip.stream().closeEntry();
                bytes = zip.commit();
            }
        } else {
            try (AtomicFile file = new AtomicFile(path)) {
                Writer text = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
                files.writeEach((name, body) -> {
                    body.write(text);
                    text.flush();
                });
                bytes = file.commit();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new ExportResult(ExportResult.Status.EXPORTED, plan.source(), plan.range(), path, files.names(),
                files.rows(), files.readings(), bytes, millis);
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
                            (Double) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return columns;
    }

    private static TimeGrid grid(Connection connection, List<SensorColumn> columns, Instant from) throws SQLException {
        long[] stamps = new long[2000];
        int count = 0;
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load("interval"))) {
            statement.setArray(1, CleanedReadings.sensorIds(connection, columns));
            statement.setTimestamp(2, Timestamp.from(from));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next() && count < stamps.length) {
                    stamps[count++] = rs.getTimestamp(1).getTime();
                }
            }
        }
        return TimeGrid.estimate(stamps, count, DEFAULT_INTERVAL);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
