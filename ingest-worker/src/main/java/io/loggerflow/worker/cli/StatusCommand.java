package io.loggerflow.worker.cli;

import io.loggerflow.worker.jobs.JobTables;
import io.loggerflow.worker.status.StatusQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** {@code status}: what has been imported, per source and site, and the latest files. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show per source the files loaded, the latest reading and data gaps, and the columns not "
                + "stored; per site the files loaded, duplicate and failed; the jobs pending; and the latest files "
                + "with the rows they left out (filter with --status).")
final class StatusCommand extends OneShotCommand {
    @Option(names = "--status", description = "only files with this status: loaded, duplicate, failed, loading, retracted")
    String status;

    @Option(names = "--files", defaultValue = "20", description = "how many of the latest files to list (default ${DEFAULT-VALUE})")
    int files;

    @Option(names = "--gap-days", defaultValue = "30",
            description = "look for gaps in each source's last N days of data (default ${DEFAULT-VALUE})")
    int gapDays;

    @Override
    int run(Connection connection, PrintWriter out) throws Exception {
        StatusQueries queries = new StatusQueries(connection);
        out.println("SOURCES");
        TextTable sources = new TextTable("SITE", "LOGGER", "TABLE", "FORMAT", "FILES", "READINGS", "LAST READING",
                "LAST FILE", "STEP", "GAPS", "MISSING INTERVALS");
        for (StatusQueries.SourceStatus s : queries.sources(gapDays)) {
            sources.row(s.site(), s.logger(), s.table(), s.format(), s.loadedFiles(), s.readings(), s.lastReading(),
                    s.lastFile(), s.usualStep(), s.gaps(), s.missingIntervals());
        }
        sources.print(out);
        var skippedColumns = queries.skippedColumns();
        if (!skippedColumns.isEmpty()) {
            out.println();
            out.println("COLUMNS NOT STORED");
            TextTable columns = new TextTable("SITE", "LOGGER", "TABLE", "COLUMN", "WHY");
            for (StatusQueries.SkippedColumn c : skippedColumns) {
                columns.row(c.site(), c.logger(), c.table(), c.column(), c.reason());
            }
            columns.print(out);
        }

        out.println();
        out.println("SITES");
        TextTable sites = new TextTable("SITE", "LOADED", "DUPLICATE", "FAILED", "LOADING", "RETRACTED");
        for (StatusQueries.SiteStatus s : queries.sites()) {
            sites.row(s.site(), s.loaded(), s.duplicate(), s.failed(), s.loading(), s.retracted());
        }
        sites.print(out);
        JobTables.Pending pending = JobTables.pending(connection);
        out.printf("%nPENDING JOBS: %d enqueued, %d processing, %d waiting to retry%n",
                pending.enqueued(), pending.processing(), pending.scheduled());

        out.println();
        out.println(status == null ? "LATEST FILES" : "LATEST FILES WITH STATUS " + status);
        TextTable fileTable = new TextTable("ID", "STATUS", "ROWS", "READINGS", "SKIPPED", "FIRST", "LAST", "PATH",
                "REASON");
        for (StatusQueries.FileStatus f : queries.latestFiles(Optional.ofNullable(status), files)) {
            fileTable.row(f.id(), f.status(), f.dataRows(), f.readings(), f.skippedRows(), f.first(), f.last(),
                    f.path(), f.reason());
        }
        fileTable.print(out);
        List<StatusQueries.FileLayout> layouts = queries.sniffedLayouts(Optional.ofNullable(status), files);
        if (!layouts.isEmpty()) {
            out.println();
            out.println("SNIFFED LAYOUTS (files read by generic-sniffed: check what was guessed)");
            TextTable layoutTable = new TextTable("ID", "PATH", "LAYOUT");
            layouts.forEach(l -> layoutTable.row(l.id(), l.path(), l.layout()));
            layoutTable.print(out);
        }
        return 0;
    }
}
