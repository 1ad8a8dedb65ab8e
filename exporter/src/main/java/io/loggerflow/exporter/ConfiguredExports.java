package io.loggerflow.exporter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs an export configuration: one zip per selected source, skipping a source whose range and data
 * version are those of this configuration's last export (its watermark). Uses one connection at a time.
 */
public final class ConfiguredExports {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredExports.class);

    private final DataSource dataSource;
    private final SourceExporter exporter;

    public ConfiguredExports(DataSource dataSource, SourceExporter exporter) {
        this.dataSource = dataSource;
        this.exporter = exporter;
    }

    public List<ExportResult> run(String name) throws SQLException, IOException {
        ExportConfig config;
        List<Integer> sourceIds;
        try (Connection connection = dataSource.getConnection()) {
            config = ExportConfigs.find(connection, name)
                    .orElseThrow(() -> new IllegalArgumentException("no export configuration named " + name));
            sourceIds = Sources.matching(connection, config.sources());
        }
        List<ExportResult> results = new ArrayList<>();
        for (int sourceId : sourceIds) {
            results.add(runSource(config, sourceId));
        }
        return results;
    }

    private ExportResult runSource(ExportConfig config, int sourceId) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            ExportResult result;
            try (ExportSnapshot snapshot = new ExportSnapshot(connection)) {
                Optional<ExportPlan> plan = exporter.plan(connection, sourceId, config.range());
                if (plan.isEmpty()) {
                    return ExportResult.notWritten(ExportResult.Status.EMPTY,
                            SourceExporter.describe(connection, sourceId), null, null);
                }
                java.nio.file.Path zip = config.zipFor(plan.get().source());
                Optional<Watermark> last = Watermarks.find(connection, config.name(), sourceId);
                if (last.isPresent() && last.get().covers(plan.get(), zip)) {
                    LOG.info("Export {}: {} unchanged since its last export", config.name(), plan.get().source().key());
                    return ExportResult.notWritten(ExportResult.Status.UNCHANGED, plan.get().source(),
                            plan.get().range(), zip);
                }
                result = exporter.write(connection, plan.get(), zip);
            }
            // The version saved is the one read in the snapshot: data committed meanwhile re-exports next time.
            Watermarks.save(connection, config.name(), result);
            LOG.info("Export {}: {} -> {} ({} readings, {} ms)", config.name(), result.source().key(), result.zip(),
                    result.readings(), result.millis());
            return result;
        }
    }
}
