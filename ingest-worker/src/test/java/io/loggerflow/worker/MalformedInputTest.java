package io.loggerflow.worker;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A corpus of broken inputs dropped into a running worker: each quarantined with its reason; nothing else harmed. */
class MalformedInputTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    @Test
    void everyBrokenFileIsQuarantinedWithItsReasonAndTheWorkerKeepsGoing() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dataDir, Map.of());
        List<String> day1 = Files.readAllLines(Samples.DAY1);
        String header = String.join("\n", day1.subList(0, 4)) + "\n";
        byte[] garbage = new byte[5000];
        new Random(7).nextBytes(garbage);
        byte[] badUtf8 = (header + day1.get(4) + "\n").getBytes(StandardCharsets.UTF_8);
        badUtf8[header.length() + 3] = (byte) 0xFF;

        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("empty.dat", new byte[0]);
        corpus.put("header-only.dat", header.getBytes(StandardCharsets.UTF_8));
        corpus.put("garbage.bin", garbage);
        corpus.put("semicolons.dat", String.join("\n", day1).replace(',', ';').getBytes(StandardCharsets.UTF_8));
        corpus.put("one-huge-line.dat", ("\"TOA5\"," + "x".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8));
        corpus.put("invalid-utf8.dat", badUtf8);
        Map<String, String> reasons = Map.of(
                "empty.dat", "the file is empty",
                "header-only.dat", "no data rows after the header",
                "garbage.bin", "unknown format",
                "semicolons.dat", "unknown format",
                "one-huge-line.dat", "exceeds the parser's limits",
                "invalid-utf8.dat", "not valid UTF-8");
        // A hostile column name is valid data: it must be stored verbatim and harm nothing.
        String hostile = "'); DROP TABLE readings; --";
        String injected = String.join("\n", day1).replace("\"BattV_Min\"", "\"" + hostile.replace("\"", "") + "\"");

        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            var data = app.dataSource();
            for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
                Files.write(settings.inbox().resolve(file.getKey()), file.getValue());
            }
            Files.writeString(settings.inbox().resolve("hostile-name.dat"), injected);
            Path badFolder = Files.createDirectories(settings.inbox().resolve("North Ridge!"));
            Files.copy(Samples.DAY2, badFolder.resolve("in-bad-folder.dat"));

            Await.until("every corpus file to be handled", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files") == corpus.size() + 2);
            assertThat((String) Db.single(data, "SELECT reason FROM files WHERE name = 'in-bad-folder.dat'"))
                    .contains("in-bad-folder.dat: folder.North Ridge!.site must be");
            Await.until("the file of the unconfigurable folder in failed/", TIMEOUT,
                    () -> Files.exists(settings.failedDir().resolve("in-bad-folder.dat")));
            for (Map.Entry<String, String> expected : reasons.entrySet()) {
                String name = expected.getKey();
                assertThat(Db.rows(data, "SELECT status, reason FROM files WHERE name = ?", name)).singleElement()
                        .satisfies(row -> {
                            assertThat(row.get("status")).isEqualTo("failed");
                            assertThat((String) row.get("reason")).startsWith(name).contains(expected.getValue());
                        });
                Path quarantined = settings.failedDir().resolve(name);
                Await.until(name + " in failed/", TIMEOUT, () -> Files.exists(quarantined.resolveSibling(name + ".error.txt")));
                assertThat(Files.readAllBytes(quarantined)).isEqualTo(corpus.get(name));
                assertThat(Files.readString(quarantined.resolveSibling(name + ".error.txt"))).contains(expected.getValue());
            }
            assertThat(Db.single(data, "SELECT status FROM files WHERE name = 'hostile-name.dat'")).isEqualTo("loaded");
            assertThat(Db.count(data, "SELECT count(*) FROM sensors WHERE name = ?", hostile)).isEqualTo(1);
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(2867);

            Files.copy(Samples.DAY2, settings.inbox().resolve("after.dat")); // still working
            Await.until("a good file after the corpus", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files WHERE name = 'after.dat' AND status = 'loaded'") == 1);
        }
    }
}
