package io.loggerflow.exporter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Column names of the IEA Wind Task 43 floating lidar file format:
 * {@code <measurement_type>__<statistic>__<height_m>__<sensor_type>__<serial_number>__<units>[__<notes>]}, e.g.
 * {@code wind_speed__avg__080__anemometer__12345__m/s}. Unknown parts are {@code null} (an unknown measurement
 * type is {@code other}); heights have leading zeros to three digits ({@code 080}, {@code -005.5}) so names sort
 * by height. Two columns that would share a name get the sensor's own column name as notes. No part may hold
 * the {@code __} separator: runs of underscores and white space in a part become one {@code _}.
 */
final class Task43ColumnNames {
    static final String SEPARATOR = "__";
    static final String TIMESTAMP = "timestamp";
    private static final String NULL = "null";

    private Task43ColumnNames() {
    }

    static List<String> of(List<SensorColumn> columns) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (SensorColumn column : columns) {
            uses.merge(base(column), 1, Integer::sum);
        }
        for (SensorColumn column : columns) {
            String base = base(column);
            names.add(uses.get(base) == 1 ? base : base + SEPARATOR + part(column.name(), NULL));
        }
        return names;
    }

    private static String base(SensorColumn column) {
        return String.join(SEPARATOR, part(column.measurementType(), SensorColumn.UNKNOWN_TYPE),
                part(column.statistic(), NULL), height(column.heightM()), part(column.sensorType(), NULL),
                part(column.serialNumber(), NULL), part(column.unit(), NULL));
    }

    /** {@code 80} -> {@code 080}, {@code 80.1} -> {@code 080.1}, {@code -5.5} -> {@code -005.5}, {@code 1200} as is. */
    static String height(Double metres) {
        if (metres == null) {
            return NULL;
        }
        String digits = WideFileWriter.number(Math.abs(metres));
        int dot = digits.indexOf('.');
        int whole = dot < 0 ? digits.length() : dot;
        String padded = "0".repeat(Math.max(0, 3 - whole)) + digits;
        return (metres < 0 ? "-" : "") + padded;
    }

    private static String part(String text, String unknown) {
        if (text == null || text.isBlank()) {
            return unknown;
        }
        return text.trim().replaceAll("[\\s_]+", "_");
    }
}
