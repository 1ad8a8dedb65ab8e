package io.loggerflow.worker.load;

/** Short human text for a span of time in notes: {@code 2 min}, {@code 1 h 30 min}, {@code 3 d}, {@code 250 ms}. */
final class Durations {
    private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    private static final String[] UNIT_NAMES = {"d", "h", "min", "s", "ms"};

    private Durations() {
    }

    /** The two largest non-zero units, e.g. {@code 1 d 2 h}; smaller parts are dropped. */
    static String text(long millis) {
        StringBuilder text = new StringBuilder();
        int parts = 0;
        long rest = millis;
        for (int unit = 0; unit < UNIT_MILLIS.length && parts < 2; unit++) {
            long amount = rest / UNIT_MILLIS[unit];
            if (amount > 0 || (parts > 0)) {
                if (amount > 0) {
                    text.append(parts > 0 ? " " : "").append(amount).append(' ').append(UNIT_NAMES[unit]);
                }
                parts++;
                rest -= amount * UNIT_MILLIS[unit];
            }
        }
        return text.length() == 0 ? "0 ms" : text.toString();
    }
}
