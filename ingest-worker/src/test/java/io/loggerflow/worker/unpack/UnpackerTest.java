package io.loggerflow.worker.unpack;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.worker.testing.Archives;
import io.loggerflow.worker.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archive extraction on archives made here, without a database: members, their names and bytes, and refusals. */
class UnpackerTest {
    private static final ArchiveLimits LIMITS = new ArchiveLimits(64L << 20, 200, 100, 3);

    @TempDir
    Path dir;

    private final Unpacker unpacker = new Unpacker(LIMITS);

    /** Two members, one in a sub-folder: the day files, and a small note. */
    private Map<String, Path> entries() throws IOException {
        Map<String, Path> entries = new LinkedHashMap<>();
        entries.put("MAST01_day1.dat", Samples.DAY1);
        entries.put("sub/notes.txt", Files.writeString(dir.resolve("notes.txt"), "a note", StandardCharsets.UTF_8));
        return entries;
    }

    @Test
    void aZipIsDetectedAndUnpackedIntoItsMembersWithTheirBytes() throws Exception {
        Path zip = Archives.zip(dir.resolve("day.zip"), entries());
        assertUnpacksToTheEntries(zip, ArchiveFormat.ZIP, Optional.empty());
    }

    @Test
    void a7zIsDetectedAndUnpackedIntoItsMembersWithTheirBytes() throws Exception {
        Path sevenZ = Archives.sevenZ(dir.resolve("day.7z"), entries(), null);
        assertUnpacksToTheEntries(sevenZ, ArchiveFormat.SEVEN_Z, Optional.empty());
    }

    @Test
    void aPasswordProtected7zUnpacksWithItsPasswordAndIsRefusedWithAWrongOne() throws Exception {
        Path sevenZ = Archives.sevenZ(dir.resolve("secret.7z"), entries(), "s3cret");
        assertUnpacksToTheEntries(sevenZ, ArchiveFormat.SEVEN_Z, Optional.of("s3cret"));
        assertThatThrownBy(() -> unpacker.unpack(sevenZ, ArchiveFormat.SEVEN_Z, dir.resolve("wrong"),
                Optional.of("wrong".toCharArray()))).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("secret.7z");
    }

    @Test
    void aTarGzIsDetectedAsGzipAndItsTarMembersAreUnpacked() throws Exception {
        Path tarGz = Archives.tar(dir.resolve("day.tar.gz"), entries(), "gz");
        assertUnpacksToTheEntries(tarGz, "gz", Optional.empty());
    }

    @Test
    void aPlainFileIsNoArchive() throws Exception {
        assertThat(ArchiveFormat.detect(Samples.DAY1)).isEmpty();
    }

    @Test
    void anEntryEscapingTheExtractionFolderIsRefusedAndNothingIsWrittenOutside() throws Exception {
        Path zip = Archives.zip(dir.resolve("slip.zip"), Map.of("../../evil.dat", Samples.DAY1));
        Path out = dir.resolve("work").resolve("out");
        assertThatThrownBy(() -> unpacker.unpack(zip, ArchiveFormat.ZIP, out, Optional.empty()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("zip-slip");
        assertThat(dir.resolve("evil.dat")).doesNotExist();
        assertThat(dir.resolve("work").resolve("evil.dat")).doesNotExist();
    }

    @Test
    void moreEntriesThanTheLimitAreRefused() throws Exception {
        Map<String, Path> many = new LinkedHashMap<>();
        Path small = Files.writeString(dir.resolve("small.txt"), "x");
        for (int i = 0; i < 3; i++) {
            many.put("f" + i + ".txt", small);
        }
        Path zip = Archives.zip(dir.resolve("many.zip"), many);
        Unpacker strict = new Unpacker(new ArchiveLimits(64L << 20, 200, 2, 3));
        assertThatThrownBy(() -> strict.unpack(zip, ArchiveFormat.ZIP, dir.resolve("out"), Optional.empty()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("more than 2 entries");
    }

    private void assertUnpacksToTheEntries(Path archive, String kind, Optional<String> password) throws Exception {
        assertThat(ArchiveFormat.detect(archive)).contains(kind);
        Path out = dir.resolve("out-" + archive.getFileName());
        List<ArchiveMember> members = unpacker.unpack(archive, kind, out, password.map(String::toCharArray));
        assertThat(members).extracting(ArchiveMember::entryPath).containsExactly("MAST01_day1.dat", "sub/notes.txt");
        assertThat(Files.mismatch(members.get(0).file(), Samples.DAY1)).isEqualTo(-1L);
        assertThat(Files.readString(members.get(1).file())).isEqualTo("a note");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).allMatch(p -> p.startsWith(out)).hasSize(2);
        }
    }
}
