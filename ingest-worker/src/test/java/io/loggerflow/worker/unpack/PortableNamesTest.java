package io.loggerflow.worker.unpack;

import io.loggerflow.parsers.InputFormatException;
import io.loggerflow.worker.testing.Archives;
import io.loggerflow.worker.watch.InboxNames;
import io.loggerflow.worker.watch.InboxPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Windows does differently from Linux, tested here on Linux: archives made on Windows (backslashes),
 * entry and upload names Windows cannot hold (CON, aux.dat, a:b), and names differing only in case, which
 * Windows sees as one file. Each is handled the same way on every system.
 */
class PortableNamesTest {
    private final Unpacker unpacker = new Unpacker(new ArchiveLimits(64L << 20, 200, 100, 3));

    @TempDir
    Path dir;

    @Test
    void backslashSeparatorsOfAZipMadeOnWindowsAreFolders() throws Exception {
        Path zip = zip("win.zip", Map.of("2024\\03\\day1.dat", "one"));

        List<ArchiveMember> members = unpacker.unpack(zip, ArchiveFormat.ZIP, dir.resolve("out"), Optional.empty());

        assertThat(members).singleElement().satisfies(m -> {
            assertThat(m.entryPath()).isEqualTo("2024/03/day1.dat");
            assertThat(m.file()).isEqualTo(dir.resolve("out/2024/03/day1.dat"));
            assertThat(m.file()).hasContent("one");
        });
    }

    @Test
    void aBackslashPathEscapingTheFolderIsRefusedOnEverySystem() throws Exception {
        Path zip = zip("slip.zip", Map.of("..\\..\\evil.dat", "x"));

        assertThatThrownBy(() -> unpacker.unpack(zip, ArchiveFormat.ZIP, dir.resolve("out"), Optional.empty()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("outside the extraction folder");
        assertThat(dir.resolve("evil.dat")).doesNotExist();
    }

    @Test
    void entriesWindowsCannotHoldAreExtractedUnderPortableNamesAndKeepTheirNamesInTheArchive() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("CON.dat", "con");
        entries.put("logs/aux", "aux");
        entries.put("LPT1.txt", "lpt");
        entries.put("a:b.dat", "colon");
        entries.put("trailing.", "dot");
        entries.put("console.dat", "console"); // not a device name
        Path zip = zip("reserved.zip", entries);

        List<ArchiveMember> members = unpacker.unpack(zip, ArchiveFormat.ZIP, dir.resolve("out"), Optional.empty());

        assertThat(members).extracting(ArchiveMember::entryPath)
                .containsExactly("CON.dat", "logs/aux", "LPT1.txt", "a:b.dat", "trailing.", "console.dat");
        assertThat(members).extracting(m -> dir.resolve("out").relativize(m.file()).toString().replace('\\', '/'))
                .containsExactly("_CON.dat", "logs/_aux", "_LPT1.txt", "a_b.dat", "trailing._", "console.dat");
        assertThat(members).extracting(m -> Files.readString(m.file()))
                .containsExactly("con", "aux", "lpt", "colon", "dot", "console");
    }

    @Test
    void entriesDifferingOnlyInCaseAreTwoFilesAndAnEntryRepeatedExactlyIsRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Day1.dat", "first");
        entries.put("DAY1.dat", "second");
        entries.put("data/X.dat", "third");
        entries.put("DATA/x.dat", "fourth");
        Path zip = zip("case.zip", entries);

        List<ArchiveMember> members = unpacker.unpack(zip, ArchiveFormat.ZIP, dir.resolve("out"), Optional.empty());

        assertThat(members).extracting(ArchiveMember::entryPath)
                .containsExactly("Day1.dat", "DAY1.dat", "data/X.dat", "DATA/x.dat");
        assertThat(members).extracting(m -> dir.resolve("out").relativize(m.file()).toString().replace('\\', '/'))
                .containsExactly("Day1.dat", "DAY1~2.dat", "data/X.dat", "DATA/x~2.dat");
        assertThat(members).extracting(m -> Files.readString(m.file()))
                .containsExactly("first", "second", "third", "fourth");

        Path tar = Archives.tar(dir.resolve("twice.tar"), Map.of("a.dat", write("a.dat", "1")), "none");
        Path twice = dir.resolve("twice2.tar");
        // a tar may hold one name twice (appended later); Map keys cannot, so build it from two tars' entries
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(Files.newOutputStream(twice))) {
            for (String content : List.of("1", "2")) {
                var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("a.dat");
                entry.setSize(1);
                out.putArchiveEntry(entry);
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
            }
        }
        assertThat(unpacker.unpack(tar, ArchiveFormat.TAR, dir.resolve("once"), Optional.empty())).hasSize(1);
        assertThatThrownBy(() -> unpacker.unpack(twice, ArchiveFormat.TAR, dir.resolve("twice"), Optional.empty()))
                .isInstanceOf(InputFormatException.class).hasMessageContaining("appears twice in the archive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con.dat", "Aux.txt", "NUL", "com1.dat", "LPT9.csv", "a:b.dat", "what?.dat",
            "x.dat.", "x.dat "})
    void uploadNamesWindowsCannotHoldAreRefusedOnEverySystem(String name) {
        assertThat(InboxNames.whyRefused(name)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"console.dat", "COM10.dat", "auxiliary.dat", "MAST01_2024.dat", "con_1.dat"})
    void similarNamesAreFine(String name) {
        assertThat(InboxNames.whyRefused(name)).isEmpty();
    }

    @Test
    void anUploadWhoseNameDiffersOnlyInCaseFromAFileWaitingInTheFolderIsRefused() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        InboxPublisher.publish(inbox, "day.dat", new ByteArrayInputStream("1".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> InboxPublisher.publish(inbox, "DAY.dat",
                new ByteArrayInputStream("2".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InboxPublisher.NameTakenException.class);
        assertThat(inbox.resolve("day.dat")).hasContent("1");
        try (var files = Files.list(inbox)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("day.dat");
        }
    }

    private Path zip(String name, Map<String, String> entries) throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            files.put(e.getKey(), write("content-" + i++, e.getValue()));
        }
        return Archives.zip(dir.resolve(name), files);
    }

    private Path write(String name, String content) throws Exception {
        Path file = Files.createDirectories(dir.resolve("src")).resolve(name);
        return Files.writeString(file, content);
    }
}
