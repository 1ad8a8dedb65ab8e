package io.loggerflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use during a phase: the sum of every heap pool's peak since {@link #reset()}. Pools peak at
 * different moments, so this slightly over-states the true peak: a safe upper bound.
 */
final class HeapPeak {
    private HeapPeak() {
    }

    static void reset() {
        System.gc(); // start each phase from a collected heap, not the previous phase's garbage
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long bytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
