package io.loggerflow.bench.generate;

/**
 * One sensor of a generated mast.
 *
 * @param index   position on the mast, 0-based; its statistics occupy row slots {@code 4 * index ...}
 * @param kind    what it measures
 * @param heightM mounting height in whole metres
 * @param boom    compass point of its boom (N, E, S, W)
 */
record Sensor(int index, SensorKind kind, int heightM, String boom) {

    /** Slot of one statistic of this sensor in a row of values. */
    int slot(Statistic statistic) {
        return index * Statistic.COUNT + statistic.ordinal();
    }

    /** The boom's bearing in degrees from north. */
    double boomBearing() {
        return switch (boom) {
            case "E" -> 90;
            case "S" -> 180;
            case "W" -> 270;
            default -> 0;
        };
    }
}
