package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a (schema-valid) station document says, in the source's terms: the settings of each column named by a
 * measurement point's logger configurations, the calibrations to plan, and the station's location and type.
 * Per column: the point's measurement type and height, the statistic of its {@code column_name} entry, the units
 * of its latest logger configuration, the boom orientation of the point's latest mounting arrangement, and the
 * type and serial number of its latest sensor. Per measurement point: what it is and which columns it groups.
 */
record StationMapping(String location, Double latitude, Double longitude, String stationType,
                      Map<String, ColumnSettings> columns, List<PointSettings> points,
                      List<PlannedCalibration> calibrations) {

    static StationMapping read(JsonNode document, String documentName, String locationName) {
        JsonNode locations = document.path("measurement_location");
        int index = locationIndex(locations, documentName, locationName);
        String base = "$.measurement_location[" + index + "]";
        JsonNode location = locations.get(index);
        DocumentTimes times = DocumentTimes.ofHours(location.path("logger_main_config").path(0)
                .path("offset_from_utc_hrs").asDouble(0));
        Map<String, ColumnSettings> columns = new LinkedHashMap<>();
        List<PointSettings> pointSettings = new ArrayList<>();
        List<PlannedCalibration> calibrations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode points = location.path("measurement_point");
        for (int p = 0; p < points.size(); p++) {
            JsonNode point = points.get(p);
            String pointPath = base + ".measurement_point[" + p + "]";
            JsonNode mounting = latest(point.path("mounting_arrangement"), "boom_orientation_deg");
            JsonNode sensor = latest(point.path("sensor"), null);
            JsonNode configs = point.path("logger_measurement_config");
            List<String> pointColumns = new ArrayList<>();
            for (int c : byDateFrom(configs)) {
                JsonNode config = configs.get(c);
                JsonNode names = config.path("column_name");
                for (int k = 0; k < names.size(); k++) {
                    JsonNode name = names.get(k);
                    if (name.path("is_ignored").asBoolean(false)) {
                        continue;
                    }
                    String path = pointPath + ".logger_measurement_config[" + c + "].column_name[" + k + "]";
                    ColumnSettings settings = new ColumnSettings(name.path("column_name").asText(), path, pointPath,
                            Task43Calibrations.text(point, "measurement_type_id"),
                            Task43Calibrations.text(name, "statistic_type_id"),
                            Task43Calibrations.number(point, "height_m"),
                            mounting == null ? null : Task43Calibrations.number(mounting, "boom_orientation_deg"),
                            Task43Calibrations.text(config, "measurement_units_id"),
                            sensor == null ? null : Task43Calibrations.text(sensor, "sensor_type_id"),
                            sensor == null ? null : Task43Calibrations.text(sensor, "serial_number"));
                    ColumnSettings earlier = columns.get(settings.column());
                    if (earlier != null && !earlier.pointPath().equals(pointPath)) {
                        problems.add(path + ": column '" + settings.column() + "' is also named by "
                                + earlier.pointPath() + "; a column belongs to one measurement point");
                        continue;
                    }
                    columns.put(settings.column(), settings); // a later configuration of the point wins
                    if (!pointColumns.contains(settings.column())) {
                        pointColumns.add(settings.column());
                    }
                }
            }
            String pointName = Task43Calibrations.text(point, "name");
            if (pointName == null || pointName.isBlank()) {
                problems.add(pointPath + ".name: a measurement point needs a name");
                continue;
            }
            if (pointSettings.stream().anyMatch(other -> other.name().equals(pointName))) {
                problems.add(pointPath + ".name: another measurement point is also named '" + pointName + "'");
                continue;
            }
            pointSettings.add(new PointSettings(pointName, pointPath, Task43Calibrations.text(point, "measurement_type_id"),
                    Task43Calibrations.number(point, "height_m"),
                    mounting == null ? null : Task43Calibrations.number(mounting, "boom_orientation_deg"),
                    List.copyOf(pointColumns)));
            try {
                calibrations.addAll(Task43Calibrations.of(point, pointName, pointPath, times));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new StationDocumentException(documentName, problems);
        }
        return new StationMapping(Task43Calibrations.text(location, "name"),
                Task43Calibrations.number(location, "latitude_ddeg"), Task43Calibrations.number(location, "longitude_ddeg"),
                Task43Calibrations.text(location, "measurement_station_type_id"), columns, List.copyOf(pointSettings),
                calibrations);
    }

    private static int locationIndex(JsonNode locations, String documentName, String name) {
        if (name == null) {
            if (locations.size() != 1) {
                throw new StationDocumentException(documentName, List.of("$.measurement_location: " + locations.size()
                        + " measurement locations; say which one with --location NAME"));
            }
            return 0;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            if (Objects.equals(Task43Calibrations.text(locations.get(i), "name"), name)) {
                return i;
            }
            names.add(Task43Calibrations.text(locations.get(i), "name"));
        }
        throw new StationDocumentException(documentName, List.of("$.measurement_location: no location named '" + name
                + "' (there are " + names + ")"));
    }

    /** The entry with the latest date_from (of those holding {@code field}, when given); null when none. */
    private static JsonNode latest(JsonNode entries, String field) {
        JsonNode best = null;
        for (int i : byDateFrom(entries)) {
            JsonNode entry = entries.get(i);
            if (field == null || Task43Calibrations.number(entry, field) != null) {
                best = entry;
            }
        }
        return best;
    }

    /** Indexes of the entries ordered by date_from (ISO text orders as time; document order breaks ties). */
    private static List<Integer> byDateFrom(JsonNode entries) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> String.valueOf(Task43Calibrations.text(entries.get(a), "date_from"))
                .compareTo(String.valueOf(Task43Calibrations.text(entries.get(b), "date_from"))));
        return order;
    }
}
