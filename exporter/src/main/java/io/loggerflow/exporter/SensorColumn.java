package io.loggerflow.exporter;

/** One column of an exported file: a sensor and its IEA Task 43 metadata (null where unknown). */
public record SensorColumn(int sensorId, String name, String measurementType, String statistic, Double heightM,
                           Double orientationDeg, String unit) {

    /** Sensors whose measurement type is unknown are exported together under this name. */
    public static final String UNKNOWN_TYPE = "other";

    /** The file name stem: the measurement type, reduced to letters, digits, '.', '_' and '-' (it is editable). */
    public String fileType() {
        return measurementType == null || measurementType.isBlank() ? UNKNOWN_TYPE
                : measurementType.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    }
}
