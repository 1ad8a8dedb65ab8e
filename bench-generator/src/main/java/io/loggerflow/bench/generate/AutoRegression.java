package io.loggerflow.bench.generate;

import java.util.SplittableRandom;

/**
 * Red noise with unit variance: each step keeps {@code persistence} of the last value. It starts from its
 * stationary distribution, so a day generated alone looks like any other day.
 */
final class AutoRegression {
    private final double persistence;
    private final double innovation;
    private double value;

    AutoRegression(SplittableRandom random, double persistence) {
        this.persistence = persistence;
        this.innovation = Math.sqrt(1 - persistence * persistence);
        this.value = random.nextGaussian();
    }

    double next(SplittableRandom random) {
        value = persistence * value + innovation * random.nextGaussian();
        return value;
    }
}
