package io.loggerflow.worker.cli;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.db.Sql;
import org.jobrunr.jobs.states.StateName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;

/** {@code status}: what has been imported, per source and site, and the latest files. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show per source the files loaded, the latest reading and data gaps; per site the files "
                + "loaded, duplicate and failed; the jobs pending; and the latest files (filter with --status).")
final class StatusCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    LoggerflowCli cli;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--status", description = "only files with this status: loaded, duplicate, failed, loading")
    String status;

    @Option(names = "--files", defaultValue = "20", description = "how many of the latest files to list (default ${DEFAULT-VALUE})")
    int files;

    @Option(names = "--gap-days", defaultValue = "30",
            description = "look for gaps in each source's last N days of data (default ${DEFAULT-VALUE})")
    int gapDays;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        try (Loggerflow app = Loggerflow.open(cli.settings()); Connection connection = app.dataSource().getConnection()) {
            out.println("SOURCES");
            TextTable sources = new TextTable("SITE", "LOGGER", "TABLE", "FORMAT", "FILES", "READINGS", "LAST READING",
                    "LAST FILE", "STEP", "GAPS", "MISSING INTERVALS");
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/sources.sql"))) {
                statement.setInt(1, gapDays);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sources.row(rs.getString("site"), rs.getString("logger"), rs.getString("table_name"),
                                rs.getString("format"), rs.getLong("loaded_files"), rs.getLong("readings"),
                                instant(rs, "last_ts"), instant(rs, "last_file_at"), rs.getString("usual_step"),
                                rs.getLong("gaps"), rs.getLong("missing_intervals"));
                    }
                }
            }
            sources.print(out);

            out.println();
            out.println("SITES");
            TextTable sites = new TextTable("SITE", "LOADED", "DUPLICATE", "FAILED", "LOADING");
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/sites.sql"));
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sites.row(rs.getString("site"), rs.getLong("loaded"), rs.getLong("duplicate"), rs.getLong("failed"),
                            rs.getLong("loading"));
                }
            }
            sites.print(out);
            var storage = app.jobs().storage();
            out.printf("%nPENDING JOBS: %d enqueued, %d processing, %d waiting to retry%n",
                    storage.countJobs(StateName.ENQUEUED), storage.countJobs(StateName.PROCESSING),
                    storage.countJobs(StateName.SCHEDULED));

            out.println();
            out.println(status == null ? "LATEST FILES" : "LATEST FILES WITH STATUS " + status);
            TextTable fileTable = new TextTable("ID", "STATUS", "ROWS", "READINGS", "FIRST", "LAST", "PATH", "REASON");
            try (PreparedStatement statement = connection.prepareStatement(Sql.load("status/files.sql"))) {
                statement.setObject(1, status, Types.VARCHAR);
                statement.setObject(2, status, Types.VARCHAR);
                statement.setInt(3, files);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        fileTable.row(rs.getLong("id"), rs.getString("status"), rs.getObject("data_rows"),
                                rs.getObject("readings"), instant(rs, "first_ts"), instant(rs, "last_ts"),
                                rs.getString("path"), rs.getString("reason"));
                    }
                }
            }
            fileTable.print(out);
            out.flush();
        }
        return 0;
    }

    private static String instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? "" : value.toInstant().toString();
    }
}
