package io.loggerflow.worker.load;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.testing.Archives;
import io.loggerflow.worker.testing.Db;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import io.loggerflow.worker.testing.TestWorker;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Archives: every kind imports its members; broken or hostile ones are refused, quarantined, never lost. */
class ArchiveImportTest {
    private static final long BOTH_DAYS = 2867 + 2874;

    @TempDir
    Path dir;

    private Loggerflow app;
    private DataSource data;
    private Settings settings;

    @BeforeEach
    void open() throws IOException {
        settings = TestWorker.settings(TestPostgres.freshDatabase(), dir.resolve("data"), Map.of());
        app = Loggerflow.open(settings);
        data = app.dataSource();
        Files.createDirectories(settings.inbox());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Map<String, Path> bothDays() {
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put("2024/03/" + Samples.DAY1.getFileName(), Samples.DAY1);
        entries.put("2024/03/" + Samples.DAY2.getFileName(), Samples.DAY2);
        return entries;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip", "7z", "tar", "tar.gz", "tar.bz2", "tar.xz"})
    void everyArchiveKindImportsItsMembersAsChildrenOfTheArchive(String kind) throws Exception {
        Path archive = dir.resolve("mast01." + kind);
        switch (kind) {
            case "zip" -> Archives.zip(archive, bothDays());
            case "7z" -> Archives.sevenZ(archive, bothDays(), null);
            default -> Archives.tar(archive, bothDays(), kind.equals("tar") ? "none" : kind.substring(4));
        }
        ImportOutcome outcome = load(archive, Optional.empty());

        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(outcome.readings()).isEqualTo(BOTH_DAYS);
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(BOTH_DAYS);
        assertThat(Db.rows(data, "SELECT name, status, members, format FROM files WHERE parent_id IS NULL"))
                .containsExactly(Map.of("name", archive.getFileName().toString(), "status", "loaded", "members", 2,
                        "format", kind.startsWith("tar.") ? kind.substring(4).replace("bz2", "bz2") : kind));
        assertThat(Db.rows(data, "SELECT path, status, readings FROM files WHERE parent_id = ? ORDER BY id",
                outcome.fileId())).containsExactly(
                Map.of("path", archive + "!/2024/03/" + Samples.DAY1.getFileName(), "status", "loaded", "readings", 2867L),
                Map.of("path", archive + "!/2024/03/" + Samples.DAY2.getFileName(), "status", "loaded", "readings", 2874L));
        assertThat(Files.mismatch(archive, archive)).isEqualTo(-1L);
        assertThat(archive).exists();
        assertWorkFolderEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gz", "bz2", "xz"})
    void aSingleCompressedFileImportsAsOneMember(String compression) throws Exception {
        Path archive = Archives.compressed(dir.resolve(Samples.DAY1.getFileName() + "." + compression), Samples.DAY1,
                compression);
        ImportOutcome outcome = load(archive, Optional.empty());
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.rows(data, "SELECT name, readings FROM files WHERE parent_id = ?", outcome.fileId()))
                .containsExactly(Map.of("name", Samples.DAY1.getFileName().toString(), "readings", 2867L));
    }

    @Test
    void nestedArchivesAreUnpackedAndMembersAlreadyLoadedAreDuplicates() throws Exception {
        load(Samples.DAY1, Optional.empty());
        Path inner = Archives.tar(dir.resolve("inner.tar.gz"), bothDays(), "gz");
        Path outer = Archives.zip(dir.resolve("outer.zip"), Map.of("march/inner.tar.gz", inner));
        ImportOutcome outcome = load(outer, Optional.empty());
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.rows(data, "SELECT path, status FROM files WHERE parent_id = ? ORDER BY id", outcome.fileId()))
                .containsExactly(
                        Map.of("path", outer + "!/march/inner.tar.gz!/2024/03/" + Samples.DAY1.getFileName(), "status", "duplicate"),
                        Map.of("path", outer + "!/march/inner.tar.gz!/2024/03/" + Samples.DAY2.getFileName(), "status", "loaded"));
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(BOTH_DAYS);

        ImportOutcome again = load(outer, Optional.empty());
        assertThat(again.status()).isEqualTo(FileStatus.DUPLICATE);
    }

    @Test
    void passwordProtected7zAndZipImportWithTheSitesPassword() throws Exception {
        Path sevenZ = Archives.sevenZ(dir.resolve("day1.7z"), Map.of("day1.dat", Samples.DAY1), "field-pass");
        Path zipCrypto = Archives.encryptedZip(dir.resolve("day2.zip"), Map.of("day2.dat", Samples.DAY2), "field-pass",
                EncryptionMethod.ZIP_STANDARD);
        assertThat(load(sevenZ, Optional.of("field-pass")).status()).isEqualTo(FileStatus.LOADED);
        assertThat(load(zipCrypto, Optional.of("field-pass")).status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isEqualTo(BOTH_DAYS);

        Path aes = Archives.encryptedZip(dir.resolve("aes.zip"), Map.of("x/day1.dat", Samples.DAY1), "field-pass",
                EncryptionMethod.AES);
        ImportOutcome outcome = load(aes, Optional.of("field-pass"));
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.single(data, "SELECT status FROM files WHERE parent_id = ?", outcome.fileId())).isEqualTo("duplicate");
    }

    @Test
    void zipSlipIsRefusedAndQuarantinedAndNothingIsWrittenOutside() throws Exception {
        Path archive = Archives.zip(settings.inbox().resolve("slip.zip"),
                Map.of("ok.dat", Samples.DAY1, "../../../escaped.dat", Samples.DAY2));
        assertRefusedAndQuarantined(archive, Optional.empty(), "would be written outside the extraction folder");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals("escaped.dat")).toList()).isEmpty();
        }
        assertThat(Db.count(data, "SELECT count(*) FROM readings")).isZero();
    }

    @Test
    void entriesTheFileSystemCannotHoldAreRefusedNotRetried() throws Exception {
        Path clash = Archives.zip(settings.inbox().resolve("clash.zip"),
                new LinkedHashMap<>(Map.of("a", Samples.DAY1)) {{ put("a/b.dat", Samples.DAY2); }});
        assertRefusedAndQuarantined(clash, Optional.empty(), "needs a folder where the archive already has a file");
        Path longName = Archives.zip(settings.inbox().resolve("long.zip"), Map.of("x".repeat(300) + ".dat", Samples.DAY1));
        assertRefusedAndQuarantined(longName, Optional.empty(), "cannot be extracted");
    }

    @Test
    void hiddenAndMacOsClutterInArchivesIsSkipped() throws Exception {
        Path clutter = Files.writeString(dir.resolve("clutter"), "not logger data");
        Map<String, Path> entries = new LinkedHashMap<>(bothDays());
        entries.put(".DS_Store", clutter);
        entries.put("__MACOSX/2024/03/._" + Samples.DAY1.getFileName(), clutter);
        ImportOutcome outcome = load(Archives.zip(dir.resolve("mac.zip"), entries), Optional.empty());
        assertThat(outcome.status()).isEqualTo(FileStatus.LOADED);
        assertThat(Db.count(data, "SELECT count(*) FROM files WHERE parent_id = ?", outcome.fileId())).isEqualTo(2);
    }

    @Test
    void aZipBombIsRefusedByTheRatioLimit() throws Exception {
        Path zeros = dir.resolve("zeros.dat");
        try (OutputStream out = Files.newOutputStream(zeros)) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        }
        Path archive = Archives.zip(settings.inbox().resolve("bomb.zip"), Map.of("zeros.dat", zeros));
        assertRefusedAndQuarantined(archive, Optional.empty(), "possible zip bomb");
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        Path whole = Archives.zip(dir.resolve("whole.zip"), bothDays());
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(settings.inbox().resolve("truncated.zip"),
                java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedAndQuarantined(truncated, Optional.empty(), "corrupt or truncated zip");
    }

    @Test
    void encryptedEntriesWithoutAConfiguredPasswordAreRefused() throws Exception {
        Path zip = Archives.encryptedZip(settings.inbox().resolve("locked.zip"), Map.of("d.dat", Samples.DAY1), "pw",
                EncryptionMethod.AES);
        assertRefusedAndQuarantined(zip, Optional.empty(), "entry d.dat is encrypted and no archive password is configured");
        Path sevenZ = Archives.sevenZ(settings.inbox().resolve("locked.7z"), Map.of("d.dat", Samples.DAY1), "pw");
        assertRefusedAndQuarantined(sevenZ, Optional.empty(), "encrypted and no archive password is configured");
        Path wrong = Archives.encryptedZip(settings.inbox().resolve("wrong.zip"), Map.of("d.dat", Samples.DAY1), "pw",
                EncryptionMethod.ZIP_STANDARD);
        assertRefusedAndQuarantined(wrong, Optional.of("not-it"), "wrong archive password");
    }

    private void assertRefusedAndQuarantined(Path archive, Optional<String> password, String reason) throws Exception {
        byte[] original = Files.readAllBytes(archive);
        ImportOutcome outcome = app.importService().importFile(new ImportRequest(archive, true, "default",
                Optional.empty(), ZoneOffset.UTC, Optional.empty(), password));
        assertThat(outcome.status()).isEqualTo(FileStatus.FAILED);
        assertThat(outcome.reason()).startsWith(archive.getFileName().toString()).contains(reason);
        assertThat(Db.single(data, "SELECT reason FROM files WHERE id = ?", outcome.fileId())).isEqualTo(outcome.reason());
        assertThat(archive).doesNotExist();
        Path quarantined = settings.failedDir().resolve(archive.getFileName());
        assertThat(Files.readAllBytes(quarantined)).isEqualTo(original);
        assertThat(Files.readString(quarantined.resolveSibling(archive.getFileName() + ".error.txt"))).contains(reason);
        assertWorkFolderEmpty();
    }

    private void assertWorkFolderEmpty() throws IOException {
        if (Files.exists(settings.workDir())) {
            try (Stream<Path> left = Files.list(settings.workDir())) {
                assertThat(left.toList()).as("work folder leftovers").isEmpty();
            }
        }
    }

    private ImportOutcome load(Path file, Optional<String> password) throws Exception {
        return app.importService().importFile(new ImportRequest(file, false, "default", Optional.empty(),
                ZoneOffset.UTC, Optional.empty(), password));
    }

}
