package io.loggerflow.worker;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** NRG raw binaries dropped into the inbox are quarantined with a reason that names the conversion to use. */
class NrgRawFilesQuarantineTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** The first bytes of the public SymphoniePRO .rld in nrgpy's tests, then bytes of our own. */
    private static final byte[] RLD = {0x02, 0x04, 0x00, 0x00, 0x00, 0x2c, 0x62, 0x70, (byte) 0xb6, (byte) 0xd1, 0x00,
            0x00, 0x21, 0x65, 0x0c, 0x00, 0x11, 0x22, 0x33};
    /** Synthetic: no public .RWD was found. */
    private static final byte[] RWD = {0x01, 0x00, 0x7f, (byte) 0xfe, 0x00, 0x42, 0x13};

    @TempDir
    Path dataDir;

    @Test
    void rldAndRwdFilesAreQuarantinedWithTheirConversion() throws Exception {
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dataDir, Map.of());
        Map<String, byte[]> files = Map.of("000110_2024-03-01_00.00_008549.rld", RLD, "0815_2024-03-01.RWD", RWD);
        Map<String, String> reasons = Map.of(
                "000110_2024-03-01_00.00_008549.rld", "export it as text with SymphoniePRO Desktop (or NRG Cloud)",
                "0815_2024-03-01.RWD", "convert it to text with NRG's Symphonie Data Retriever (SDR)");
        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            var data = app.dataSource();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(settings.inbox().resolve(file.getKey()), file.getValue());
            }
            Await.until("both raw files to be handled", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files") == files.size());
            for (Map.Entry<String, String> expected : reasons.entrySet()) {
                String name = expected.getKey();
                assertThat(Db.rows(data, "SELECT status, reason FROM files WHERE name = ?", name)).singleElement()
                        .satisfies(row -> {
                            assertThat(row.get("status")).isEqualTo("failed");
                            assertThat((String) row.get("reason")).startsWith(name).contains(expected.getValue())
                                    .doesNotContain("unknown format");
                        });
                Path quarantined = settings.failedDir().resolve(name);
                Await.until(name + " in failed/", TIMEOUT,
                        () -> Files.exists(quarantined.resolveSibling(name + ".error.txt")));
                assertThat(Files.readAllBytes(quarantined)).isEqualTo(files.get(name));
                assertThat(Files.readString(quarantined.resolveSibling(name + ".error.txt")))
                        .contains(expected.getValue());
            }
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isZero();
        }
    }
}
