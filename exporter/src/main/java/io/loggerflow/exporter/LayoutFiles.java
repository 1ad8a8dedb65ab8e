package io.loggerflow.exporter;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of one source's export in its layout, and what they held: per-type writes one wide CSV per
 * measurement type; windographer and task43 write all sensors into one file. Every reading streamed is also
 * counted for the export's coverage.
 */
final class LayoutFiles {
    /** Writes one file's text. */
    @FunctionalInterface
    interface Body {
        void write(Writer out) throws SQLException, IOException;
    }

    /** Receives each file of the export in turn, to put it where it goes (a zip entry, or the file itself). */
    @FunctionalInterface
    interface Each {
        void file(String name, Body body) throws SQLException, IOException;
    }

    private final Connection connection;
    private final ExportPlan plan;
    private final ExportFormat format;
    private final CleanedReadings readings;
    private final ExportListener listener;
    private final Instant exportedAt;
    private final CoverageCounter coverage;
    private final List<String> names = new ArrayList<>();
    private long rows;
    private long readingCount;

    LayoutFiles(Connection connection, ExportPlan plan, ExportFormat format, CleanedReadings readings,
                ExportListener listener, Instant exportedAt) {
        this.connection = connection;
        this.plan = plan;
        this.format = format;
        this.readings = readings;
        this.listener = listener;
        this.exportedAt = exportedAt;
        this.coverage = new CoverageCounter(plan, plan.allColumns());
    }

    void writeEach(Each each) throws SQLException, IOException {
        if (format.layout() == ExportLayout.PER_TYPE) {
            for (Map.Entry<String, List<SensorColumn>> type : plan.columnsByType().entrySet()) {
                String name = type.getKey() + ".csv";
                each.file(name, out -> {
                    WideFileWriter wide = wide(out, RowStyle.PER_TYPE, type.getValue());
                    wide.writeHeader(type.getValue());
                    stream(wide, type.getValue(), name);
                });
            }
            return;
        }
        List<SensorColumn> columns = plan.allColumns();
        String stem = plan.source().fileStem();
        if (format.layout() == ExportLayout.WINDOGRAPHER) {
            String name = stem + ".txt";
            each.file(name, out -> {
                WindographerHeader.write(out, plan, Station.of(connection, plan.source().id()), format, exportedAt);
                WideFileWriter wide = wide(out, new RowStyle(RowStyle.TAB, CsvText::appendDayFirstTimestamp,
                        format.missing()), columns);
                wide.writeHeaderLine("Date/Time", WindographerNames.of(columns));
                wide.writeHeaderLine("Units", columns.stream().map(c -> c.unit() == null ? "" : c.unit()).toList());
                stream(wide, columns, name);
            });
        } else {
            String name = stem + ".csv";
            each.file(name, out -> {
                Task43Header.write(out, Task43Header.of(plan, Station.of(connection, plan.source().id()), format));
                WideFileWriter wide = wide(out, new RowStyle(RowStyle.COMMA, CsvText::appendIsoTimestamp,
                        format.missing()), columns);
                wide.writeHeaderLine(Task43ColumnNames.TIMESTAMP, Task43ColumnNames.of(columns));
                stream(wide, columns, name);
            });
        }
    }

    private WideFileWriter wide(Writer out, RowStyle style, List<SensorColumn> columns) throws IOException {
        return new WideFileWriter(out, style, columns, plan.gridOrigin().toEpochMilli(), plan.interval().toMillis(),
                plan.range().to().toEpochMilli());
    }

    private void stream(WideFileWriter wide, List<SensorColumn> columns, String name) throws SQLException, IOException {
        readings.stream(connection, plan, columns, (stamp, sensorId, value) -> {
            wide.add(stamp, sensorId, value);
            coverage.reading(stamp, sensorId, value);
        });
        wide.finish();
        wide.flush();
        names.add(name);
        rows += wide.rows();
        readingCount += wide.readings();
        listener.fileWritten(plan.source(), name, wide.rows(), wide.readings());
    }

    List<String> names() {
        return List.copyOf(names);
    }

    long rows() {
        return rows;
    }

    long readings() {
        return readingCount;
    }

    List<CoverageRow> coverage() {
        return coverage.rows();
    }
}
