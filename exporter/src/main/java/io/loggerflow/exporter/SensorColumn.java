package io.loggerflow.exporter;

/**
 * One column of an exported file: a sensor and its IEA Task 43 metadata (null where unknown), with the type
 * and serial number of the physical sensor behind it when a station's metadata said so.
 */
public record SensorColumn(int sensorId, String name, String measurementType, String statistic, Double heightM,
                           Double orientationDeg, String unit, String sensorType, String serialNumber) {

    /** Sensors whose measurement type is unknown are exported together under this name. */
    public static final String UNKNOWN_TYPE = "other";

    public SensorColumn(int sensorId, String name, String measurementType, String statistic, Double heightM,
                        Double orientationDeg, String unit) {
        this(sensorId, name, measurementType, statistic, heightM, orientationDeg, unit, null, null);
    }

    /** The file name stem: the measurement type, reduced to letters, digits, '.', '_' and '-' (it is editable). */
    public String fileType() {
        return measurementType == null || measurementType.isBlank() ? UNKNOWN_TYPE
                : measurementType.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
    }
}
