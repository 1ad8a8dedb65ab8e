package io.loggerflow.parsers.nrg;

import java.util.List;

/** The 16-point compass NRG writes in SymphoniePRO column names ({@code N}, {@code NNE}, ... {@code NNW}). */
final class Compass {
    private static final List<String> POINTS = List.of("N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
            "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW");
    private static final double STEP = 360.0 / POINTS.size();

    private Compass() {
    }

    /** Degrees from north of a compass point, or null for an unknown token. */
    static Double degrees(String point) {
        int index = POINTS.indexOf(point);
        return index < 0 ? null : index * STEP;
    }

    /** The nearest compass point of a bearing in degrees. */
    static String point(double degrees) {
        double normalized = ((degrees % 360) + 360) % 360;
        return POINTS.get((int) Math.round(normalized / STEP) % POINTS.size());
    }

    /**
     * The orientation a column states, refined by the sensor history: the history's numeric bearing when it
     * rounds to the column's compass point (or the column states none), else the compass point's degrees.
     *
     * @param point   the column's compass token, possibly empty
     * @param bearing the sensor history's {@code Bearing}, or null
     */
    static Double orientation(String point, Double bearing) {
        if (point == null || point.isEmpty()) {
            return bearing;
        }
        Double degrees = degrees(point);
        if (degrees == null) {
            return null;
        }
        return bearing != null && point(bearing).equals(point) ? bearing : degrees;
    }
}
