package io.loggerflow.exporter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column names as Windographer recognises them: {@code <Type> <height>m [<boom>] [<statistic>]}, e.g.
 * {@code Speed 80m N}, {@code Speed 80m N SD}, {@code Direction 78m}, {@code Temperature 2m}. The mean carries
 * no statistic word (Windographer's convention); the boom is the 16-point compass label nearest the sensor's
 * orientation. A sensor of an unknown type, or without a height, keeps its own column name. A name used twice
 * gets {@code B}, {@code C}, ... after its height, in column order.
 */
final class WindographerNames {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("wind_speed", "Speed"),
            Map.entry("wind_direction", "Direction"),
            Map.entry("vertical_wind_speed", "Vertical Speed"),
            Map.entry("air_temperature", "Temperature"),
            Map.entry("air_pressure", "Pressure"),
            Map.entry("relative_humidity", "Humidity"),
            Map.entry("voltage", "Voltage"),
            Map.entry("global_horizontal_irradiance", "Solar"),
            Map.entry("precipitation", "Precipitation"));
    private static final Map<String, String> STATISTICS = Map.of(
            "sd", "SD", "min", "Min", "max", "Max", "ti", "TI", "gust", "Gust", "count", "Count", "sum", "Sum");
    private static final String[] COMPASS = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};

    private WindographerNames() {
    }

    static List<String> of(List<SensorColumn> columns) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (SensorColumn column : columns) {
            String type = column.measurementType() == null ? null : TYPES.get(column.measurementType());
            if (type == null || column.heightM() == null) {
                names.add(unique(column.name(), uses));
                continue;
            }
            String height = type + " " + WideFileWriter.number(column.heightM()) + "m";
            String boom = column.orientationDeg() == null ? "" : " " + compass(column.orientationDeg());
            String statistic = column.statistic() == null || column.statistic().equals("avg") ? ""
                    : " " + STATISTICS.getOrDefault(column.statistic(), column.statistic());
            String name = height + boom + statistic;
            int use = uses.merge(name, 1, Integer::sum);
            names.add(use == 1 ? name : height + boom + " " + (char) ('A' + use - 1) + statistic);
        }
        return names;
    }

    private static String unique(String name, Map<String, Integer> uses) {
        int use = uses.merge(name, 1, Integer::sum);
        return use == 1 ? name : name + " " + (char) ('A' + use - 1);
    }

    /** The nearest of the 16 compass points (N = 0 deg). */
    static String compass(double degrees) {
        return COMPASS[(int) Math.round(Math.floorMod(Math.round(degrees * 1000), 360_000) / 22_500.0) % 16];
    }
}
