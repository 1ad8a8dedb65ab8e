package io.loggerflow.worker.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * The main time window of a file, decided in bounded memory from a histogram of its stamps per calendar
 * year: the run of consecutive years holding the most rows. A logger whose clock was reset (to 1990, 2000)
 * writes a few rows years away from the rest; those fall outside, since a year with no rows separates them.
 */
final class StampWindow {
    /** Rows per year, with the year's first and last stamp; at most one entry per year seen. */
    private final Map<Integer, long[]> years = new TreeMap<>();

    /** The bucket of the last stamp's year: consecutive stamps nearly always share it, so no date math per row. */
    private long[] lastBucket;
    private long lastYearStart = 1;
    private long lastYearEnd = 0;

    void add(long epochMillis) {
        if (epochMillis < lastYearStart || epochMillis >= lastYearEnd) {
            int year = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).getYear();
            lastBucket = years.computeIfAbsent(year, y -> new long[]{0, epochMillis, epochMillis});
            lastYearStart = yearStart(year);
            lastYearEnd = yearStart(year + 1);
        }
        lastBucket[0]++;
        lastBucket[1] = Math.min(lastBucket[1], epochMillis);
        lastBucket[2] = Math.max(lastBucket[2], epochMillis);
    }

    private static long yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The window of the run of consecutive years with the most rows (the later one on a tie). */
    Range main() {
        Range best = null;
        long bestRows = -1;
        Range current = null;
        long currentRows = 0;
        int previousYear = Integer.MIN_VALUE;
        for (Map.Entry<Integer, long[]> year : years.entrySet()) {
            long[] bucket = year.getValue();
            if (current != null && year.getKey() == previousYear + 1) {
                current = new Range(current.from(), bucket[2]);
                currentRows += bucket[0];
            } else {
                current = new Range(bucket[1], bucket[2]);
                currentRows = bucket[0];
            }
            if (currentRows >= bestRows) {
                best = current;
                bestRows = currentRows;
            }
            previousYear = year.getKey();
        }
        return best;
    }

    /** Whether every stamp seen lies in {@link #main()}. */
    boolean allInMain() {
        Range main = main();
        return years.values().stream().allMatch(b -> main.contains(b[1]) && main.contains(b[2]));
    }

    /** Raw stamps (as the reader reports them, before any shift), both ends included. */
    record Range(long from, long to) {
        static final Range ALL = new Range(Long.MIN_VALUE, Long.MAX_VALUE);

        boolean contains(long epochMillis) {
            return epochMillis >= from && epochMillis <= to;
        }
    }
}
