package io.loggerflow.parsers.metadata;

/**
 * IEA Wind Task 43 metadata of one channel; null where it cannot be derived.
 *
 * @param measurementType a {@code measurement_type_id} such as {@code wind_speed}
 * @param statistic       a {@code statistic_type_id} such as {@code avg} or {@code sd}
 * @param heightM         measurement height in metres
 * @param orientationDeg  boom / sensor orientation in degrees from north, as the header states it
 * @param unit            a {@code measurement_units_id} such as {@code m/s} or {@code deg_C}
 */
public record SensorMetadata(String measurementType, String statistic, Double heightM, Double orientationDeg,
                             String unit) {
    /** Nothing derived. */
    public static final SensorMetadata UNKNOWN = new SensorMetadata(null, null, null, null, null);
}
