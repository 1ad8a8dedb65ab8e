package io.loggerflow.worker.cli;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code loggerflow import FILE...} through the real job code, on a real database. */
class ImportCommandTest {
    private static ConnectionInfo db;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void database() {
        db = TestPostgres.freshDatabase();
    }

    @Test
    void importsFilesInPlacePrintsStatusAndCountsThenReportsARepeatAsDuplicate() throws Exception {
        Path copy = dataDir.resolve("elsewhere").resolve(Samples.DAY2.getFileName());
        Files.createDirectories(copy.getParent());
        Files.copy(Samples.DAY2, copy);

        Run first = run("import", copy.toString());
        assertThat(first.exitCode).isZero();
        assertThat(first.output).containsPattern(
                "\\Q" + copy + "\\E\\s+loaded\\s+2874\\s+0\\s+2024-03-02T00:00:00Z \\.\\. 2024-03-02T23:50:00Z");
        assertThat(copy).exists(); // import never moves or deletes
        assertThat(Files.mismatch(copy, Samples.DAY2)).isEqualTo(-1L);

        Run again = run("import", copy.toString());
        assertThat(again.exitCode).isZero();
        assertThat(again.output).containsPattern("\\Q" + copy + "\\E\\s+duplicate\\s+0\\s+0\\s+same content as file \\d+");
    }

    @Test
    void aCorruptFileIsReportedWithItsReasonExitsNonZeroAndStaysWhereItIs() throws Exception {
        Path corrupt = dataDir.resolve("MAST01_truncated.dat");
        String header = String.join("\n", Files.readAllLines(Samples.DAY1).subList(0, 6));
        Files.writeString(corrupt, header + "\n\"2024-03-01 00:30:00\",48003,9.86,0.863,oops\n");
        byte[] before = Files.readAllBytes(corrupt);

        Run result = run("import", corrupt.toString(), Samples.DAY1.toString());
        assertThat(result.exitCode).isEqualTo(1);
        // one bad row of three is more than bad-rows-max-share: refused as a whole, naming the option and the row
        assertThat(result.output).contains(corrupt + " ").containsPattern("failed\\s+0\\s+0\\s+MAST01_truncated.dat: 1 of"
                + " its 3 rows are bad, more than bad-rows-max-share \\(10%\\)").contains("first: line 7: expected 22"
                + " fields but found 5");
        assertThat(result.output).containsPattern("MAST01_Ten_Min_2024_03_01.dat\\s+loaded\\s+2867");
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(before);
        assertThat(Files.list(dataDir).filter(p -> p.getFileName().toString().equals("failed")).count()).isZero();
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String... args) {
        Settings settings = TestWorker.settings(db, dataDir, Map.of());
        StringWriter out = new StringWriter();
        int code = LoggerflowCli.execute(() -> settings, new PrintWriter(out, true), args);
        return new Run(code, out.toString());
    }
}
