package io.loggerflow.bench.generate;

import java.util.SplittableRandom;

/**
 * A smooth signal of time with mean 0 and variance 1: a sum of sinusoids with periods of passing weather
 * systems (days). Being a pure function of time, it is continuous across day files generated separately.
 */
final class SlowSignal {
    private static final int TERMS = 4;
    private final double[] radiansPerDay = new double[TERMS];
    private final double[] phases = new double[TERMS];
    private final double amplitude = Math.sqrt(2.0 / TERMS); // each sinusoid has variance amplitude^2 / 2

    SlowSignal(SplittableRandom random, double shortestPeriodDays, double longestPeriodDays) {
        for (int i = 0; i < TERMS; i++) {
            double period = shortestPeriodDays + random.nextDouble() * (longestPeriodDays - shortestPeriodDays);
            radiansPerDay[i] = 2 * Math.PI / period;
            phases[i] = random.nextDouble() * 2 * Math.PI;
        }
    }

    /** The value at a time given in days since 1970-01-01 UTC. */
    double at(double epochDays) {
        double sum = 0;
        for (int i = 0; i < TERMS; i++) {
            sum += Math.sin(radiansPerDay[i] * epochDays + phases[i]);
        }
        return amplitude * sum;
    }
}
