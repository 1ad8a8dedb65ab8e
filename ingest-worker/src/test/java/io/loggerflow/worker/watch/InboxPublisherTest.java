package io.loggerflow.worker.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing into an inbox folder: complete files under their final name, nothing overwritten, nothing left behind. */
class InboxPublisherTest {
    @TempDir
    Path inbox;

    @Test
    void theContentAppearsUnderItsNameInANewFolderAndNoTemporaryFileRemains() throws Exception {
        Path folder = inbox.resolve("north");
        InboxPublisher.Published published = InboxPublisher.publish(folder, "day.dat", stream("12345"));
        assertThat(published).isEqualTo(new InboxPublisher.Published(folder.resolve("day.dat"), 5));
        assertThat(Files.readString(folder.resolve("day.dat"))).isEqualTo("12345");
        assertThat(names(folder)).containsExactly("day.dat");
    }

    @Test
    void anExistingNameIsRefusedBeforeTheContentIsReadAndTheFileIsKept() throws Exception {
        Files.writeString(inbox.resolve("day.dat"), "first");
        InputStream unread = stream("second");
        assertThatThrownBy(() -> InboxPublisher.publish(inbox, "day.dat", unread))
                .isInstanceOf(InboxPublisher.NameTakenException.class);
        assertThat(unread.available()).isEqualTo("second".length());
        assertThat(Files.readString(inbox.resolve("day.dat"))).isEqualTo("first");
        assertThat(names(inbox)).containsExactly("day.dat");
    }

    @Test
    void emptyContentIsNotPublished() {
        assertThatThrownBy(() -> InboxPublisher.publish(inbox, "empty.dat", stream("")))
                .isInstanceOf(InboxPublisher.EmptyContentException.class);
        assertThat(names(inbox)).isEmpty();
    }

    @Test
    void contentThatFailsHalfWayLeavesNothingBehind() {
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 1000) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> InboxPublisher.publish(inbox, "cut.dat", failing)).hasMessage("connection reset");
        assertThat(names(inbox)).isEmpty();
    }

    @Test
    void theTemporaryNameIsOneTheWatcherIgnores() {
        assertThat(InboxNames.whyIgnored(InboxPublisher.TEMP_PREFIX + "0b5e")).isPresent();
        assertThat(InboxNames.whyIgnored("day.dat")).isEmpty();
        assertThat(InboxNames.whyIgnored("day.dat.PART")).isPresent();
        assertThat(InboxNames.whyIgnored("day.dat.error.txt")).isPresent();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
