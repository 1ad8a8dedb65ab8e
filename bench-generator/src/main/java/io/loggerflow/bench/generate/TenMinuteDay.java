package io.loggerflow.bench.generate;

import java.nio.charset.StandardCharsets;

/** The 144 ten-minute intervals of a day, and their times of day as text (prepared once, used in hot loops). */
final class TenMinuteDay {
    static final int ROWS = 144;
    static final int INTERVAL_MINUTES = 10;

    /** {@code HH:mm:ss} of the start of interval i; index 144 is never needed (wraps to the next day's 00:00:00). */
    private static final byte[][] CLOCK = new byte[ROWS][];

    static {
        for (int i = 0; i < ROWS; i++) {
            int minutes = i * INTERVAL_MINUTES;
            CLOCK[i] = String.format("%02d:%02d:00", minutes / 60, minutes % 60).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private TenMinuteDay() {
    }

    /** {@code HH:mm:ss} of minute {@code 10 * interval} of a day, {@code 0 <= interval < 144}. */
    static byte[] clock(int interval) {
        return CLOCK[interval];
    }
}
