package io.loggerflow.exporter;

import java.util.Arrays;

/**
 * The flag windows inside one slice, one per flagged sensor: tells, as readings stream in time order, whether
 * a reading is flagged ({@code from <= stamp < to}). The set of flagged sensors is recomputed only when a
 * reading's stamp leaves the span over which it holds, so a reading costs a comparison and a binary search.
 */
final class FlagWindows {
    static final FlagWindows NONE = new FlagWindows(new int[0], new int[0], new long[0], new long[0]);

    private final int[] sensors;
    private final int[] windowSensor;
    private final long[] windowFrom;
    private final long[] windowTo;
    private final boolean[] flaggedNow;
    private long holdsFrom = Long.MAX_VALUE;
    private long holdsUntil = Long.MIN_VALUE;

    /** @param sensors the sensors read, sorted; a window's sensor must be one of them */
    FlagWindows(int[] sensors, int[] windowSensor, long[] windowFrom, long[] windowTo) {
        this.sensors = sensors;
        this.windowSensor = windowSensor;
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.flaggedNow = new boolean[sensors.length];
    }

    boolean any() {
        return windowSensor.length > 0;
    }

    boolean flagged(long stamp, int sensorId) {
        if (stamp < holdsFrom || stamp >= holdsUntil) {
            recompute(stamp);
        }
        int at = Arrays.binarySearch(sensors, sensorId);
        return at >= 0 && flaggedNow[at];
    }

    private void recompute(long stamp) {
        Arrays.fill(flaggedNow, false);
        holdsFrom = Long.MIN_VALUE;
        holdsUntil = Long.MAX_VALUE;
        for (int w = 0; w < windowSensor.length; w++) {
            if (windowFrom[w] <= stamp && stamp < windowTo[w]) {
                int at = Arrays.binarySearch(sensors, windowSensor[w]);
                if (at >= 0) {
                    flaggedNow[at] = true;
                }
                holdsFrom = Math.max(holdsFrom, windowFrom[w]);
                holdsUntil = Math.min(holdsUntil, windowTo[w]);
            } else if (windowFrom[w] > stamp) {
                holdsUntil = Math.min(holdsUntil, windowFrom[w]);
            } else {
                holdsFrom = Math.max(holdsFrom, windowTo[w]);
            }
        }
    }
}
