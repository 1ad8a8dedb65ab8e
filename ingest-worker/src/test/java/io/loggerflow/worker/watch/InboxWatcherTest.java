package io.loggerflow.worker.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InboxWatcherTest {
    private static final Duration QUIET = Duration.ofSeconds(5);

    @TempDir
    Path inbox;

    private Instant now = Instant.parse("2024-03-01T00:00:00Z");
    private final List<InboxWatcher.StableFile> handed = new ArrayList<>();
    private boolean accept = true;

    private InboxWatcher watcher() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new InboxWatcher(inbox, QUIET, Duration.ofSeconds(1), file -> {
            if (accept) {
                handed.add(file);
            }
            return accept;
        }, clock);
    }

    @Test
    void aFileStillBeingWrittenIsHandedOnOnlyOnceItStopsChanging() throws Exception {
        InboxWatcher watcher = watcher();
        Path file = inbox.resolve("mast.dat");
        Files.writeString(file, "part one\n");
        watcher.scan();
        for (int i = 0; i < 3; i++) { // appended every 4 s: never quiet for 5 s
            now = now.plusSeconds(4);
            Files.writeString(file, "more\n", StandardOpenOption.APPEND);
            watcher.scan();
            assertThat(handed).isEmpty();
        }
        now = now.plusSeconds(4);
        watcher.scan();
        assertThat(handed).isEmpty();
        now = now.plusSeconds(2);
        watcher.scan();
        assertThat(handed).hasSize(1);
        assertThat(handed.get(0).path()).isEqualTo(file);
        assertThat(handed.get(0).size()).isEqualTo(Files.size(file));

        now = now.plusSeconds(60);
        watcher.scan();
        assertThat(handed).hasSize(1); // handed on once
    }

    @Test
    void filesAlreadyThereAtStartAreFoundAndSubFoldersAreWatchedButPartialNamesWait() throws Exception {
        Files.createDirectories(inbox.resolve("north"));
        Files.writeString(inbox.resolve("north/a.dat"), "x");
        Files.writeString(inbox.resolve("b.dat.part"), "x");
        Files.writeString(inbox.resolve(".hidden"), "x");
        InboxWatcher watcher = watcher();
        watcher.scan();
        now = now.plus(QUIET);
        watcher.scan();
        assertThat(handed).extracting(InboxWatcher.StableFile::path).containsExactly(inbox.resolve("north/a.dat"));
    }

    @Test
    void theSameVersionGetsTheSameJobIdAndARefusedHandOffIsRetried() throws Exception {
        Path file = inbox.resolve("a.dat");
        Files.writeString(file, "content");
        accept = false;
        InboxWatcher watcher = watcher();
        watcher.scan();
        now = now.plus(QUIET);
        watcher.scan();
        assertThat(handed).isEmpty();
        accept = true;
        now = now.plusSeconds(1);
        watcher.scan();
        assertThat(handed).hasSize(1);

        InboxWatcher restarted = watcher(); // a restart sees the same file: same deterministic id
        restarted.scan();
        now = now.plus(QUIET);
        restarted.scan();
        assertThat(handed).hasSize(2);
        assertThat(handed.get(1).jobId()).isEqualTo(handed.get(0).jobId());
    }
}
