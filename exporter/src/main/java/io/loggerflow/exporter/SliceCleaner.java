package io.loggerflow.exporter;

import java.io.IOException;

/**
 * Applies one slice's cleaning ({@link SliceCleaning}) to its readings as they stream in (timestamp, sensor)
 * order — flagged readings left out, calibrated ones mapped — and hands the others on in the same order. A recomputed ti needs its point's average of the
 * same timestamp, which may come after it: then the readings of one timestamp are held (at most one per
 * sensor read) until the next timestamp starts.
 */
final class SliceCleaner {
    private final SliceCleaning cleaning;
    private final CleanedReadings.Sink sink;
    private final boolean holdsTimestamps;
    private final int[] heldSensors;
    private final double[] heldValues;
    private int held;
    private long heldStamp;

    SliceCleaner(SliceCleaning cleaning, CleanedReadings.Sink sink) {
        this.cleaning = cleaning;
        this.sink = sink;
        this.holdsTimestamps = cleaning.recomputesTi();
        int width = holdsTimestamps ? cleaning.read().length : 0;
        this.heldSensors = new int[width];
        this.heldValues = new double[width];
    }

    void reading(long stamp, int sensorId, double value) throws IOException {
        if (!holdsTimestamps) {
            if (cleaning.flagged(stamp, sensorId)) {
                return;
            }
            int calibration = cleaning.calibrationOf(sensorId);
            sink.reading(stamp, sensorId, calibration < 0 ? value : cleaning.apply(calibration, value));
            return;
        }
        if (held > 0 && stamp != heldStamp) {
            finish();
        }
        heldStamp = stamp;
        heldSensors[held] = sensorId;
        heldValues[held++] = value;
    }

    /** Hands on what is held; call after the slice's last reading. */
    void finish() throws IOException {
        for (int i = 0; i < held; i++) {
            int sensorId = heldSensors[i];
            if (!cleaning.isKept(sensorId)) {
                continue; // read only as a ti's average
            }
            if (cleaning.flagged(heldStamp, sensorId)) {
                continue; // still an average for a ti above
            }
            int calibration = cleaning.calibrationOf(sensorId);
            if (calibration < 0) {
                sink.reading(heldStamp, sensorId, heldValues[i]);
            } else if (cleaning.kind(calibration) != SliceCleaning.Kind.TI) {
                sink.reading(heldStamp, sensorId, cleaning.apply(calibration, heldValues[i]));
            } else {
                int average = heldIndex(cleaning.average(calibration));
                double ti = average < 0 ? Double.NaN
                        : cleaning.correctedTi(calibration, heldValues[i], heldValues[average]);
                if (!Double.isNaN(ti)) { // a ti without its average cannot be corrected: left out
                    sink.reading(heldStamp, sensorId, ti);
                }
            }
        }
        held = 0;
    }

    /** Where a sensor's reading of the held timestamp is (they are held in sensor order); -1 when absent. */
    private int heldIndex(int sensorId) {
        return sensorId < 0 ? -1 : java.util.Arrays.binarySearch(heldSensors, 0, held, sensorId);
    }
}
