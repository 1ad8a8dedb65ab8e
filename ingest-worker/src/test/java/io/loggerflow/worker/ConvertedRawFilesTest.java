package io.loggerflow.worker;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Await;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder's converter command: a raw file of its extension is converted by a program the user installed (here a
 * shell script that writes a TOA5 file) and the output is imported as usual; the raw file is archived, or
 * quarantined with the converter's exit code and standard error when it fails.
 */
@DisabledOnOs(OS.WINDOWS)
class ConvertedRawFilesTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final byte[] RLD = {0x02, 0x04, 0x00, 0x00, 0x00, 0x2c, 0x62, 0x70, 0x11, 0x22};
    private static final String TOA5 = """
            "TOA5","mast7","CR1000X","4321","CR1000X.Std.04","CPU:mast.CR1X","1234","Ten_Min"
            "TIMESTAMP","RECORD","WS_80m_Avg","Temp_C_Avg"
            "TS","RN","m/s","Deg C"
            "","","Avg","Avg"
            "2024-03-01 00:10:00",1,5.5,3.25
            "2024-03-01 00:20:00",2,6.25,3.5
            "2024-03-01 00:30:00",3,7,3.75
            """;

    @TempDir
    Path dataDir;
    @TempDir
    Path tools;

    @Test
    void aConvertedRawFileLoadsItsOutputAndIsArchivedUnchanged() throws Exception {
        Path toa5 = Files.writeString(tools.resolve("converted.dat"), TOA5);
        Path converter = script("rld2toa5.sh", "cp '" + toa5 + "' \"$2/$(basename \"$1\" .rld).dat\"");
        Path failing = script("broken.sh", "echo 'cannot open site file' >&2; exit 7");
        Settings settings = TestWorker.settings(TestPostgres.freshDatabase(), dataDir, Map.of(
                "folder.mast.convert.rld", converter + " {in} {outdir}",
                "folder.hill.convert.rld", failing + " --in {in} --out {outdir}"));
        try (Loggerflow app = Loggerflow.open(settings)) {
            app.startWorkers();
            app.startWatcher();
            var data = app.dataSource();
            Files.createDirectories(settings.inbox().resolve("mast"));
            Files.createDirectories(settings.inbox().resolve("hill"));
            Files.write(settings.inbox().resolve("mast/000110_2024-03-01.rld"), RLD);
            Files.write(settings.inbox().resolve("hill/000111_2024-03-01.rld"), RLD.clone());
            Await.until("the raw files and the converted output to be recorded", TIMEOUT,
                    () -> Db.count(data, "SELECT count(*) FROM files WHERE status <> 'loading'") == 3);

            assertThat(Db.rows(data, "SELECT status, format FROM files WHERE name = '000110_2024-03-01.rld'"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("status")).isEqualTo("loaded");
                        assertThat(row.get("format")).isEqualTo("converted");
                    });
            assertThat(Db.rows(data, "SELECT status, format FROM files WHERE name = '000110_2024-03-01.dat'"))
                    .singleElement().satisfies(row -> {
                        assertThat(row.get("status")).isEqualTo("loaded");
                        assertThat(row.get("format")).isEqualTo("toa5");
                    });
            assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(6);
            assertThat(Db.count(data, "SELECT round(sum(value) * 100) FROM readings")).isEqualTo(2925);
            Path archived;
            try (Stream<Path> files = Files.walk(settings.archiveDir())) {
                archived = files.filter(f -> f.getFileName().toString().equals("000110_2024-03-01.rld")).findFirst()
                        .orElseThrow();
            }
            assertThat(Files.readAllBytes(archived)).isEqualTo(RLD);

            String name = "000111_2024-03-01.rld";
            assertThat(Db.rows(data, "SELECT status, reason FROM files WHERE name = ?", name)).singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("status")).isEqualTo("failed");
                        assertThat((String) row.get("reason")).isEqualTo(name + ": the converter " + failing
                                + " exited with code 7; its standard error ends: cannot open site file");
                    });
            Path quarantined = settings.failedDir().resolve(name);
            Await.until(name + " in failed/", TIMEOUT,
                    () -> Files.exists(quarantined.resolveSibling(name + ".error.txt")));
            assertThat(Files.readAllBytes(quarantined)).isEqualTo(RLD);
            assertThat(Files.readString(quarantined.resolveSibling(name + ".error.txt"))).contains("exited with code 7");
            try (Stream<Path> left = Files.list(settings.workDir())) {
                assertThat(left.filter(p -> p.getFileName().toString().startsWith("convert-"))).isEmpty();
            }
        }
    }

    private Path script(String name, String body) throws IOException {
        Path script = Files.writeString(tools.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
