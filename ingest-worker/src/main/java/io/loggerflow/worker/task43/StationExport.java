package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A source's station as a Task 43 WRA data model document: one measurement location (the source), its logger,
 * and a measurement point per physical measurement: the sensors (columns) that share measurement type, height,
 * boom orientation, sensor type, serial number and units. A point's logger configurations are the periods of its
 * columns' calibrations (the logger's slope/offset), its sensor's calibrations their certificates; times in UTC.
 */
public final class StationExport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private StationExport() {
    }

    public static ObjectNode of(Connection connection, SourceKey key, String author, String organisation, LocalDate today)
            throws SQLException {
        int sourceId = Sources.id(connection, key);
        ObjectNode document = StationDocument.JSON.createObjectNode();
        document.put("author", author);
        document.put("organisation", organisation);
        document.put("date", today.toString());
        document.put("version", StationSchema.VERSION);
        document.put("plant_name", key.site());
        ObjectNode location = document.putArray("measurement_location").addObject();
        String first;
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/station_of_source.sql"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                location.put("name", key.toString());
                putNumber(location, "latitude_ddeg", (Double) rs.getObject(6));
                putNumber(location, "longitude_ddeg", (Double) rs.getObject(7));
                if (rs.getString(8) != null) {
                    location.put("measurement_station_type_id", rs.getString(8));
                }
                Timestamp since = rs.getTimestamp(9);
                first = since == null ? TIME.format(Instant.EPOCH) : TIME.format(since.toInstant());
                ObjectNode logger = location.putArray("logger_main_config").addObject();
                logger.put("logger_oem_id", "Other");
                if (rs.getString(4) != null) {
                    logger.put("logger_model_name", rs.getString(4));
                }
                logger.put("logger_serial_number", rs.getString(5) != null ? rs.getString(5) : key.logger());
                logger.put("logger_name", key.logger());
                logger.put("offset_from_utc_hrs", 0);
                logger.put("timestamp_is_end_of_period", false);
                logger.put("date_from", first);
                logger.putNull("date_to");
            }
        }
        Map<List<Object>, List<Sensor>> points = new LinkedHashMap<>();
        for (Sensor sensor : sensors(connection, sourceId)) {
            points.computeIfAbsent(sensor.pointKey(), k -> new ArrayList<>()).add(sensor);
        }
        Map<String, List<Calibrated>> calibrations = calibrations(connection, sourceId);
        ArrayNode pointNodes = location.putArray("measurement_point");
        Set<String> names = new LinkedHashSet<>();
        for (List<Sensor> point : points.values()) {
            pointNodes.add(point(point, calibrations, first, names));
        }
        return document;
    }

    private static ObjectNode point(List<Sensor> sensors, Map<String, List<Calibrated>> calibrations, String first,
                                    Set<String> names) {
        Sensor lead = sensors.get(0);
        ObjectNode point = StationDocument.JSON.createObjectNode();
        point.put("name", uniqueName(lead, names));
        point.put("measurement_type_id", lead.measurementType != null ? lead.measurementType : "other");
        putNumber(point, "height_m", lead.heightM);
        point.put("height_reference_id", "ground_level");
        // One logger configuration per distinct period and logger slope/offset of the point's calibrations;
        // one open configuration from the first data on when it has none.
        Map<List<Object>, List<Calibrated>> periods = new LinkedHashMap<>();
        for (Sensor sensor : sensors) {
            if (!sensor.linear()) {
                continue; // a standard deviation's calibration is the same period with its offsets at 0
            }
            for (Calibrated c : calibrations.getOrDefault(sensor.name, List.of())) {
                periods.computeIfAbsent(List.of(c.from, Objects.toString(c.to), Objects.toString(c.loggerSlope),
                        Objects.toString(c.loggerOffset)), k -> new ArrayList<>()).add(c);
            }
        }
        ArrayNode configs = point.putArray("logger_measurement_config");
        if (periods.isEmpty()) {
            config(configs, sensors, first, null, null, null);
        }
        for (List<Calibrated> period : periods.values()) {
            Calibrated c = period.get(0);
            config(configs, sensors, TIME.format(c.from), c.to == null ? null : TIME.format(c.to), c.loggerSlope,
                    c.loggerOffset);
        }
        if (lead.orientationDeg != null) {
            ObjectNode mounting = point.putArray("mounting_arrangement").addObject();
            mounting.put("boom_orientation_deg", lead.orientationDeg);
            mounting.put("date_from", first);
            mounting.putNull("date_to");
        }
        Set<List<Double>> certificates = new LinkedHashSet<>();
        for (Sensor sensor : sensors) {
            if (sensor.linear()) {
                calibrations.getOrDefault(sensor.name, List.of()).forEach(c -> certificates.add(List.of(c.slope, c.offset)));
            }
        }
        if (lead.sensorType != null || lead.serialNumber != null || !certificates.isEmpty()) {
            ObjectNode sensor = point.putArray("sensor").addObject();
            if (lead.sensorType != null) {
                sensor.put("sensor_type_id", lead.sensorType);
            }
            if (lead.serialNumber != null) {
                sensor.put("serial_number", lead.serialNumber);
            }
            sensor.put("date_from", first);
            sensor.putNull("date_to");
            ArrayNode certs = sensor.putArray("calibration");
            certificates.forEach(c -> certs.addObject().put("slope", c.get(0)).put("offset", c.get(1)));
        }
        return point;
    }

    private static void config(ArrayNode configs, List<Sensor> sensors, String from, String to, Double slope,
                               Double offset) {
        ObjectNode config = configs.addObject();
        putNumber(config, "slope", slope);
        putNumber(config, "offset", offset);
        if (sensors.get(0).unit != null) {
            config.put("measurement_units_id", sensors.get(0).unit);
        }
        config.put("date_from", from);
        if (to == null) {
            config.putNull("date_to");
        } else {
            config.put("date_to", to);
        }
        ArrayNode columns = config.putArray("column_name");
        for (Sensor sensor : sensors) {
            ObjectNode column = columns.addObject();
            column.put("column_name", sensor.name);
            column.put("statistic_type_id", sensor.statistic != null ? sensor.statistic : "avg");
        }
    }

    private static String uniqueName(Sensor lead, Set<String> names) {
        StringBuilder name = new StringBuilder(lead.measurementType != null ? lead.measurementType : "other");
        if (lead.heightM != null) {
            name.append('_').append(number(lead.heightM)).append('m');
        }
        if (lead.orientationDeg != null) {
            name.append('_').append(number(lead.orientationDeg)).append("deg");
        }
        String base = name.toString();
        String unique = base;
        for (int n = 2; !names.add(unique); n++) {
            unique = base + "_" + n;
        }
        return unique;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private record Sensor(String name, String measurementType, String statistic, Double heightM, Double orientationDeg,
                          String unit, String sensorType, String serialNumber) {
        List<Object> pointKey() {
            return java.util.Arrays.asList(measurementType, heightM, orientationDeg, unit, sensorType, serialNumber);
        }

        /** Whose calibrations carry the certificate's slope and offset as they are (see Task43Calibrations). */
        boolean linear() {
            return statistic == null || Set.of("avg", "min", "max", "gust").contains(statistic);
        }
    }

    private record Calibrated(Instant from, Instant to, double slope, double offset, Double loggerSlope,
                              Double loggerOffset) {
    }

    private static List<Sensor> sensors(Connection connection, int sourceId) throws SQLException {
        List<Sensor> sensors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/sensors_of_source.sql"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sensors.add(new Sensor(rs.getString(2), rs.getString(3), rs.getString(4), (Double) rs.getObject(5),
                            (Double) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return sensors;
    }

    private static Map<String, List<Calibrated>> calibrations(Connection connection, int sourceId) throws SQLException {
        Map<String, List<Calibrated>> calibrations = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/calibrations_of_columns.sql"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp to = rs.getTimestamp(4);
                    calibrations.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Calibrated(
                            rs.getTimestamp(3).toInstant(), to == null ? null : to.toInstant(), rs.getDouble(5),
                            rs.getDouble(6), (Double) rs.getObject(7), (Double) rs.getObject(8)));
                }
            }
        }
        return calibrations;
    }
}
