package io.loggerflow.bench.generate;

/** What a generated sensor measures, and how many decimals its values are written with. */
enum SensorKind {
    ANEMOMETER(3),
    VANE(2),
    THERMOMETER(2),
    BAROMETER(2),
    HYGROMETER(2);

    private final int decimals;

    SensorKind(int decimals) {
        this.decimals = decimals;
    }

    /** All four statistics of a sensor share this, so rounding keeps min <= avg <= max. */
    int decimals() {
        return decimals;
    }
}
