package io.loggerflow.exporter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs an export configuration: one zip per selected source, skipping a source whose range and data
 * version are those of this configuration's last export (its watermark). Uses one connection; runs of
 * one configuration are serialised across processes, so a slower, older run can never overwrite a newer
 * zip after its watermark was saved.
 */
public final class ConfiguredExports {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredExports.class);

    private final DataSource dataSource;
    private final SourceExporter exporter;

    public ConfiguredExports(DataSource dataSource, SourceExporter exporter) {
        this.dataSource = dataSource;
        this.exporter = exporter;
    }

    /** @throws UnknownExportConfigException when no configuration has that name */
    public List<ExportResult> run(String name) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection, "config_lock", name);
            try {
                ExportConfig config = ExportConfigs.find(connection, name)
                        .orElseThrow(() -> new UnknownExportConfigException(name));
                return exportEach(connection, config.sources(), config.outputDir(), config.format(),
                        (sourceId, zip) -> runSource(connection, config, sourceId, zip));
            } finally {
                lock(connection, "config_unlock", name);
            }
        }
    }

    /**
     * Exports the selected sources now, without a configuration (the {@code export} command): the same
     * selection and zip names as a configuration's run, but every source is written and no watermark is kept.
     */
    public static List<ExportResult> exportNow(Connection connection, SourceExporter exporter, SourceSelection sources,
                                               RangeRule range, Path folder) throws SQLException, IOException {
        return exportNow(connection, exporter, sources, range, folder, ExportFormat.PER_TYPE);
    }

    /** {@link #exportNow(Connection, SourceExporter, SourceSelection, RangeRule, Path)} in the format's layout. */
    public static List<ExportResult> exportNow(Connection connection, SourceExporter exporter, SourceSelection sources,
                                               RangeRule range, Path folder, ExportFormat format)
            throws SQLException, IOException {
        return exportEach(connection, sources, folder, format,
                (sourceId, file) -> exporter.export(connection, sourceId, range, file, format));
    }

    private interface SourceExport {
        ExportResult export(int sourceId, Path zip) throws SQLException, IOException;
    }

    /** One zip per selected source, named so that no two sources share one, in the output folder. */
    private static List<ExportResult> exportEach(Connection connection, SourceSelection selection, Path folder,
                                                 ExportFormat format, SourceExport export)
            throws SQLException, IOException {
        List<ExportSource> sources = new ArrayList<>();
        for (int sourceId : Sources.matching(connection, selection)) {
            sources.add(SourceExporter.describe(connection, sourceId));
        }
        Map<Integer, String> zipNames = ZipNames.assign(sources, format);
        List<ExportResult> results = new ArrayList<>();
        for (ExportSource source : sources) {
            results.add(export.export(source.id(), folder.resolve(zipNames.get(source.id()))));
        }
        return results;
    }

    private ExportResult runSource(Connection connection, ExportConfig config, int sourceId, Path zip)
            throws SQLException, IOException {
        ExportResult result;
        try (ExportSnapshot snapshot = new ExportSnapshot(connection)) {
            Optional<ExportPlan> plan = exporter.plan(connection, sourceId, config.range());
            if (plan.isEmpty()) {
                return ExportResult.notWritten(ExportResult.Status.EMPTY, SourceExporter.describe(connection, sourceId),
                        null, null);
            }
            Optional<Watermark> last = Watermarks.find(connection, config.name(), sourceId);
            if (last.isPresent() && last.get().covers(plan.get(), zip)) {
                LOG.info("Export {}: {} unchanged since its last export", config.name(), plan.get().source().key());
                return ExportResult.notWritten(ExportResult.Status.UNCHANGED, plan.get().source(), plan.get().range(),
                        zip);
            }
            result = exporter.write(connection, plan.get(), zip, config.format());
        }
        // The version saved is the one read in the snapshot: data committed meanwhile re-exports next time.
        Watermarks.save(connection, config.name(), result);
        LOG.info("Export {}: {} -> {} ({} readings, {} ms)", config.name(), result.source().key(), result.zip(),
                result.readings(), result.millis());
        return result;
    }

    private static void lock(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SqlText.load(sql))) {
            statement.setString(1, name);
            statement.execute();
        }
    }
}
