package io.loggerflow.worker.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving files out of the inbox never overwrites anything. */
class InboxFilesTest {
    @TempDir
    Path dir;

    @Test
    void twoFilesOfTheSameNameAreBothKeptInArchiveAndFailed() throws Exception {
        InboxFiles files = new InboxFiles(dir.resolve("archive"), dir.resolve("failed"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path first = files.archive(Files.writeString(inbox.resolve("day.dat"), "first"), "north");
        Path second = files.archive(Files.writeString(inbox.resolve("day.dat"), "second"), "north");
        Path folder = dir.resolve("archive/north/" + LocalDate.now(ZoneOffset.UTC));
        assertThat(first).isEqualTo(folder.resolve("day.dat"));
        assertThat(second).isEqualTo(folder.resolve("day-1.dat"));
        assertThat(Files.readString(first)).isEqualTo("first");
        assertThat(Files.readString(second)).isEqualTo("second");
        assertThat(inbox.resolve("day.dat")).doesNotExist();

        Path bad1 = files.quarantine(Files.writeString(inbox.resolve("x.dat"), "one"), "reason one");
        Path bad2 = files.quarantine(Files.writeString(inbox.resolve("x.dat"), "two"), "reason two");
        assertThat(Files.readString(bad1)).isEqualTo("one");
        assertThat(Files.readString(bad2)).isEqualTo("two");
        assertThat(Files.readString(bad1.resolveSibling("x.dat.error.txt"))).contains("reason one");
        assertThat(Files.readString(bad2.resolveSibling("x-1.dat.error.txt"))).contains("reason two");
    }
}
