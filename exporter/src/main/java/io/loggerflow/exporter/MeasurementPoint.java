package io.loggerflow.exporter;

import java.time.Instant;
import java.util.List;

/**
 * A measurement point (IEA Task 43 {@code measurement_point}): the columns of one instrument, e.g.
 * {@code WS_80m} for {@code WS_80m_Avg}, {@code _Std}, {@code _Max}, {@code _Min}. Height, orientation and
 * calibrations belong to the point. {@code derived}: set from the column names when its first sensor was
 * registered, not by hand or by a station import. {@code sensors}: "name:statistic" in column order.
 */
public record MeasurementPoint(Integer id, SourceKey source, String name, String measurementType, Double heightM,
                               Double orientationDeg, boolean derived, List<String> sensors, String reason,
                               String changedBy, Instant changedAt) {

    /** A point to create or the values to change: null fields are left as they are. */
    public static MeasurementPoint of(SourceKey source, String name, String measurementType, Double heightM,
                                      Double orientationDeg) {
        return new MeasurementPoint(null, source, name, measurementType, heightM, orientationDeg, false, List.of(),
                null, null, null);
    }

    public boolean isDirection() {
        return "wind_direction".equals(measurementType);
    }
}
