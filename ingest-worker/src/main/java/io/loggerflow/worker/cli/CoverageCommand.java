package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Coverage;
import io.loggerflow.exporter.CoverageCsv;
import io.loggerflow.exporter.CoverageRow;
import io.loggerflow.exporter.RangeRule;
import io.loggerflow.exporter.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code coverage}: per sensor and calendar month, the share of intervals that hold a valid reading. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Data coverage per sensor and calendar month (UTC): the intervals expected on the source's time "
                + "grid, the valid readings among them (flagged ones do not count) and their share in %, over "
                + "the readings an export of the same range writes.")
final class CoverageCommand extends OneShotCommand {
    @Mixin
    SourceOptions sources = new SourceOptions();

    @Option(names = "--from", converter = UtcTimeConverter.class,
            description = "start (inclusive), e.g. 2024-03-01 (UTC; default: each source's first reading)")
    Instant from;

    @Option(names = "--to", converter = UtcTimeConverter.class, description = "end (exclusive; default: after the last)")
    Instant to;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv")
    String format;

    @Override
    int run(Connection connection, PrintWriter out) throws Exception {
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("give --from and --to together, or neither");
        }
        if (!format.equals("table") && !format.equals("csv")) {
            throw new IllegalArgumentException("--format is table or csv, not '" + format + "'");
        }
        RangeRule rule = from == null ? RangeRule.all() : RangeRule.between(from, to);
        List<Integer> ids = Sources.matching(connection, sources.selection());
        if (ids.isEmpty()) {
            spec.commandLine().getErr().println("loggerflow: no source matches " + sources.selection());
            return 1;
        }
        Coverage coverage = new Coverage(10_000);
        List<CoverageRow> rows = new ArrayList<>();
        for (int id : ids) {
            rows.addAll(coverage.of(connection, id, rule));
        }
        if (format.equals("csv")) {
            CoverageCsv.write(rows, out);
            return 0;
        }
        TextTable table = new TextTable("SOURCE", "SENSOR", "MONTH", "EXPECTED", "VALID", "COVERAGE %");
        for (CoverageRow row : rows) {
            table.row(row.source(), row.sensor().name(), row.month(), row.expected(), row.valid(),
                    CoverageCsv.percent(row));
        }
        table.print(out);
        return 0;
    }
}
