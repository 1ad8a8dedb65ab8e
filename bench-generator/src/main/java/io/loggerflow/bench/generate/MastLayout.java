package io.loggerflow.bench.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sensors a mast of S sensors carries, as a resource-assessment mast would: anemometers at the top two
 * levels and a vane just below the top, one thermometer, barometer and hygrometer near the ground, then more
 * anemometers and vanes (three to one) down the standard levels; each later round repeats the levels one metre lower on the opposite boom. Heights never
 * repeat within a kind, so column names stay unique up to {@link GeneratorSpec#MAX_SENSORS} sensors.
 */
record MastLayout(List<Sensor> sensors) {
    /** Standard mounting levels, top down; later rounds go one metre lower each time. */
    private static final int[] LEVELS = {120, 100, 80, 60, 40, 20};
    /** Vanes sit a little below the anemometer level so they do not disturb the cups. */
    private static final int VANE_BELOW_LEVEL = 2;

    static MastLayout of(int count) {
        List<Sensor> sensors = new ArrayList<>(count);
        int anemometers = 0;
        int vanes = 0;
        for (int i = 0; i < count; i++) {
            SensorKind kind = kindAt(i);
            Sensor sensor = switch (kind) {
                case ANEMOMETER -> new Sensor(i, kind, levelHeight(anemometers), evenRound(anemometers++) ? "N" : "S");
                case VANE -> new Sensor(i, kind, levelHeight(vanes) - VANE_BELOW_LEVEL, evenRound(vanes++) ? "E" : "W");
                case THERMOMETER, HYGROMETER -> new Sensor(i, kind, 2, "N");
                case BAROMETER -> new Sensor(i, kind, 3, "N");
            };
            sensors.add(sensor);
        }
        return new MastLayout(List.copyOf(sensors));
    }

    private static SensorKind kindAt(int i) {
        return switch (i) {
            case 0, 1 -> SensorKind.ANEMOMETER;
            case 2 -> SensorKind.VANE;
            case 3 -> SensorKind.THERMOMETER;
            case 4 -> SensorKind.BAROMETER;
            case 5 -> SensorKind.HYGROMETER;
            default -> (i - 6) % 4 == 3 ? SensorKind.VANE : SensorKind.ANEMOMETER;
        };
    }

    /** The n-th height of a kind: the standard levels top down, then again one metre lower per round. */
    private static int levelHeight(int n) {
        return LEVELS[n % LEVELS.length] - n / LEVELS.length;
    }

    /** Redundant sensors one metre apart (120 m N, 119 m S) sit on opposite booms, as on real masts. */
    private static boolean evenRound(int n) {
        return n / LEVELS.length % 2 == 0;
    }

    int size() {
        return sensors.size();
    }

    /** Values per row: four statistics per sensor. */
    int slots() {
        return sensors.size() * Statistic.COUNT;
    }
}
