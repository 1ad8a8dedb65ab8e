package io.loggerflow.worker.task43;

/**
 * What a station document says about one of the source's columns (null where it says nothing), and where:
 * {@code path} is the JSON path of the column's {@code column_name} entry, {@code pointPath} that of its
 * measurement point.
 */
record ColumnSettings(String column, String path, String pointPath, String measurementType, String statistic,
                      Double heightM, Double orientationDeg, String unit, String sensorType, String serialNumber) {
}
