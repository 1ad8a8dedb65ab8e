package io.loggerflow.parsers.generic;

import io.loggerflow.parsers.Channel;

import java.util.Locale;
import java.util.Map;

/** Parsing of metadata values stated in configuration or in column names: heights and compass points. */
public final class ColumnMeta {
    private static final Map<String, Double> COMPASS = Map.ofEntries(
            Map.entry("N", 0.0), Map.entry("NNE", 22.5), Map.entry("NE", 45.0), Map.entry("ENE", 67.5),
            Map.entry("E", 90.0), Map.entry("ESE", 112.5), Map.entry("SE", 135.0), Map.entry("SSE", 157.5),
            Map.entry("S", 180.0), Map.entry("SSW", 202.5), Map.entry("SW", 225.0), Map.entry("WSW", 247.5),
            Map.entry("W", 270.0), Map.entry("WNW", 292.5), Map.entry("NW", 315.0), Map.entry("NNW", 337.5));

    private ColumnMeta() {
    }

    /** Degrees of a 16-point compass label ({@code N}, {@code SSE}...), or null when it is not one. */
    public static Double compass(String label) {
        return label == null ? null : COMPASS.get(label);
    }

    /** Degrees from a number (0-360) or a compass label, case-insensitive; null when neither. */
    static Double orientation(String text) {
        String t = text.trim();
        Double c = COMPASS.get(t.toUpperCase(Locale.ROOT));
        if (c != null) {
            return c;
        }
        try {
            double d = Double.parseDouble(t);
            return d >= 0 && d <= 360 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Metres from {@code 80}, {@code 80.5} or {@code 80m}/{@code 80 m}; null when not a height. */
    static Double height(String text) {
        String t = text.trim();
        if (t.endsWith("m")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        if (!t.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    /** A copy of the channel with one attribute replaced. */
    static Channel with(Channel c, String attribute, Object value) {
        return switch (attribute) {
            case "unit" -> new Channel(c.name(), (String) value, c.statistic(), c.heightM(), c.orientationDeg(), c.sensorType());
            case "statistic" -> new Channel(c.name(), c.unit(), (String) value, c.heightM(), c.orientationDeg(), c.sensorType());
            case "height" -> new Channel(c.name(), c.unit(), c.statistic(), (Double) value, c.orientationDeg(), c.sensorType());
            case "orientation" -> new Channel(c.name(), c.unit(), c.statistic(), c.heightM(), (Double) value, c.sensorType());
            case "type" -> new Channel(c.name(), c.unit(), c.statistic(), c.heightM(), c.orientationDeg(), (String) value);
            default -> throw new IllegalStateException(attribute);
        };
    }
}
