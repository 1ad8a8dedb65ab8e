package io.loggerflow.worker.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Merges ask for recompressions faster than they run: each range waiting is recompressed once. */
class RecompressionQueueTest {
    private static Instant day(int day, int hour) {
        return Instant.parse("2024-03-01T00:00:00Z").plus(Duration.ofDays(day - 1)).plus(Duration.ofHours(hour));
    }

    @Test
    void rangesAskedForDuringARecompressionAreJoinedAndRecompressedOnceAfterIt() throws Exception {
        List<String> runs = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (RecompressionQueue queue = new RecompressionQueue((first, last) -> {
            runs.add(first + ".." + last);
            firstStarted.countDown();
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })) {
            queue.request(day(1, 0), day(1, 23));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // while day 1 is recompressed: ten loggers' day 2 and 3 files, and a month far away
            for (int logger = 0; logger < 10; logger++) {
                queue.request(day(2, 0), day(2, 23));
                queue.request(day(3, 0), day(3, 23));
            }
            queue.request(day(2, 12), day(3, 6)); // overlapping both: joins them
            queue.request(day(3, 20), day(4, 2)); // overlapping the end: extends it
            queue.request(day(20, 0), day(25, 0));
            assertThat(queue.awaitIdle(Duration.ofMillis(50))).as("still running day 1").isFalse();
            release.countDown();
            assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(runs).containsExactly(
                day(1, 0) + ".." + day(1, 23),
                day(2, 0) + ".." + day(4, 2),
                day(20, 0) + ".." + day(25, 0));
    }

    @Test
    void aRequestAfterCloseIsLeftToThePolicyWithoutThrowing() {
        List<Instant> runs = new CopyOnWriteArrayList<>();
        RecompressionQueue queue = new RecompressionQueue((first, last) -> runs.add(first));
        queue.close();
        queue.request(day(1, 0), day(1, 23)); // e.g. a worker's commit while the process stops
        assertThat(runs).isEmpty();
    }

    @Test
    void aFailedRecompressionDoesNotStopTheNextOnes() throws Exception {
        List<Instant> runs = new CopyOnWriteArrayList<>();
        try (RecompressionQueue queue = new RecompressionQueue((first, last) -> {
            runs.add(first);
            if (first.equals(day(1, 0))) {
                throw new IllegalStateException("the server went away");
            }
        })) {
            queue.request(day(1, 0), day(1, 23));
            assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
            queue.request(day(5, 0), day(5, 23));
            assertThat(queue.awaitIdle(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(runs).containsExactly(day(1, 0), day(5, 0));
    }
}
