package io.loggerflow.worker.cli;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.loggerflow.worker.db.ConnectionInfo;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCommandTest {
    @TempDir
    Path dir;

    @Test
    void showsSourcesWithTheirGapsSitesWithFailuresAndFiltersFilesByStatus() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        List<String> day2 = new ArrayList<>(Files.readAllLines(Samples.DAY2));
        day2.subList(4 + 50, 4 + 53).clear(); // three 10-minute records lost: one gap of 3 intervals
        Path gappy = Files.write(dir.resolve("day2-gappy.dat"), day2);
        Path bad = Files.writeString(dir.resolve("bad.dat"), "not a logger file");

        assertThat(run(settings, "import", Samples.DAY1.toString(), gappy.toString(), bad.toString()).code).isEqualTo(1);

        Run status = run(settings, "status");
        assertThat(status.code).isZero();
        assertThat(status.output).containsPattern("default\\s+MAST01\\s+Ten_Min\\s+toa5\\s+2\\s+"
                + (Samples.countValues(Samples.DAY1) + Samples.countValues(gappy)) + "\\s+2024-03-02T23:50:00Z\\s+\\S+\\s+00:10:00\\s+1\\s+3");
        assertThat(status.output).containsPattern("(?m)^default\\s+2\\s+0\\s+1\\s+0\\s+0$");
        assertThat(status.output).contains("PENDING JOBS: 0 enqueued, 0 processing");
        assertThat(status.output).as("no file was read by generic-sniffed").doesNotContain("SNIFFED LAYOUTS");

        Run failed = run(settings, "status", "--status", "failed");
        assertThat(failed.output).contains("LATEST FILES WITH STATUS failed").contains(bad.toString())
                .contains("bad.dat, line 1: unknown format");
        assertThat(failed.output.substring(failed.output.indexOf("LATEST FILES"))).doesNotContain(gappy.toString());
    }

    @Test
    void anInterruptedAttemptThatWasRetriedAndLoadedCountsOnceAsLoaded() throws Exception {
        ConnectionInfo db = TestPostgres.freshDatabase();
        Settings settings = TestWorker.settings(db, dir, Map.of());
        assertThat(run(settings, "status").code).isZero(); // creates the schema
        UUID job = UUID.randomUUID();
        // what an archive's job leaves when a database error interrupts it and JobRunr's retry then loads it
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO files (path, name, size_bytes, "
                     + "sha256, site, status, reason, job_id, started_at, finished_at) "
                     + "VALUES (?, 'mast.zip', 10, 'abc', 'north', ?, ?, ?, now(), now())")) {
            for (String[] attempt : List.of(new String[] {"failed", "interrupted (connection reset); the job is retried"},
                    new String[] {"loaded", null})) {
                insert.setString(1, "/inbox/north/mast.zip");
                insert.setString(2, attempt[0]);
                insert.setString(3, attempt[1]);
                insert.setObject(4, job);
                insert.executeUpdate();
            }
            // another file, sent again later by its logger (a job of its own): two arrivals, both count
            insert.setString(1, "/inbox/north/other.zip");
            insert.setString(2, "retracted");
            insert.setString(3, null);
            insert.setObject(4, UUID.randomUUID());
            insert.executeUpdate();
            insert.setString(2, "duplicate");
            insert.setObject(4, UUID.randomUUID());
            insert.executeUpdate();
        }

        Run status = run(settings, "status");
        assertThat(status.output).containsPattern("(?m)^SITE\\s+LOADED\\s+DUPLICATE\\s+FAILED\\s+LOADING\\s+RETRACTED$")
                .containsPattern("(?m)^north\\s+1\\s+1\\s+0\\s+0\\s+1$");
        Run failed = run(settings, "status", "--status", "failed");
        assertThat(failed.output.substring(failed.output.indexOf("LATEST FILES"))).doesNotContain("mast.zip");
        Run all = run(settings, "status");
        assertThat(all.output.substring(all.output.indexOf("LATEST FILES")).lines()
                .filter(l -> l.contains("mast.zip"))).singleElement().asString().contains("loaded");
    }

    @Test
    void showsTheLayoutGenericSniffedEstablishedForEachFileItRead() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dir, Map.of());
        Path sample = io.loggerflow.parsers.SampleExpectations.root().resolve("sniffed-semicolon/Logger7_2024-03-14.csv");

        assertThat(run(settings, "import", sample.toString()).code).isZero();

        Run status = run(settings, "status");
        assertThat(status.code).isZero();
        String layouts = status.output.substring(status.output.indexOf("SNIFFED LAYOUTS"));
        assertThat(layouts).containsPattern("(?m)^1\\s+" + java.util.regex.Pattern.quote(sample.toString())
                + "\\s+encoding ISO-8859-1 \\(not valid UTF-8\\); delimiter ';'; decimal ','; names on line 1, data"
                + " from line 2; timestamp 'Datum' \\+ 'Zeit' as dd\\.MM\\.yyyy HH:mm");
        assertThat(layouts).contains("left out Compass (text column); 4 sensors, metadata guessed from the column names");
    }

    private record Run(int code, String output) {
    }

    private static Run run(Settings settings, String... args) {
        StringWriter out = new StringWriter();
        int code = LoggerflowCli.execute(() -> settings, new PrintWriter(out, true), args);
        return new Run(code, out.toString());
    }
}
