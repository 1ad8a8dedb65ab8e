package io.loggerflow.worker.task43;

import com.fasterxml.jackson.databind.JsonNode;
import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.PointCalibration;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a station document to a source in one transaction: the metadata of every column a measurement point
 * names, the measurement points themselves ({@link StationPoints}), their calibrations ({@link Task43Calibrations},
 * compared with those stored on each point or on one of its columns), and the station's location and type. A stored value
 * that differs from the document's is never overwritten silently: it is a conflict, handled as {@link OnConflict}
 * says. An unknown column name, like any problem of the document, stops the import before anything changes.
 */
public final class StationImport {
    private static final String[] FIELDS = {"measurement_type", "statistic", "height_m", "orientation_deg", "units",
            "sensor_type", "serial_number"};

    private StationImport() {
    }

    public static ImportReport apply(Connection connection, SourceKey key, JsonNode document, String documentName,
                                     String location, OnConflict onConflict, Actor actor) throws SQLException {
        StationMapping mapping = StationMapping.read(document, documentName, location);
        int sourceId = Sources.id(connection, key);
        Map<String, Stored> sensors = sensors(connection, sourceId);
        List<String> unknown = new ArrayList<>();
        mapping.columns().values().stream().filter(c -> !sensors.containsKey(c.column()))
                .forEach(c -> unknown.add(c.path() + ".column_name: source " + key + " has no column '" + c.column() + "'"));
        if (!unknown.isEmpty()) {
            throw new StationDocumentException(documentName, unknown);
        }

        List<String> conflicts = new ArrayList<>();
        Map<Stored, Object[]> updates = new HashMap<>();
        for (ColumnSettings settings : mapping.columns().values()) {
            Stored stored = sensors.get(settings.column());
            Object[] wanted = {settings.measurementType(), settings.statistic(), settings.heightM(),
                    settings.orientationDeg(), settings.unit(), settings.sensorType(), settings.serialNumber()};
            Object[] result = stored.values.clone();
            for (int f = 0; f < FIELDS.length; f++) {
                if (wanted[f] == null || same(wanted[f], stored.values[f])) {
                    continue;
                }
                if (stored.values[f] != null) {
                    conflicts.add(settings.pointPath() + " (" + FIELDS[f] + " of column '" + settings.column() + "'): stored "
                            + stored.values[f] + ", document " + wanted[f]);
                    if (onConflict != OnConflict.REPLACE) {
                        continue;
                    }
                }
                result[f] = wanted[f];
            }
            if (!java.util.Arrays.equals(result, stored.values)) {
                updates.put(stored, result);
            }
        }

        Station station = station(connection, sourceId);
        Object[] place = {station.latitude, station.longitude, station.type};
        Object[] wantedPlace = {mapping.latitude(), mapping.longitude(), mapping.stationType()};
        String[] placeFields = {"latitude_ddeg", "longitude_ddeg", "measurement_station_type_id"};
        for (int f = 0; f < place.length; f++) {
            if (wantedPlace[f] == null || same(wantedPlace[f], place[f])) {
                continue;
            }
            if (place[f] != null) {
                conflicts.add("$.measurement_location (" + placeFields[f] + "): stored " + place[f] + ", document "
                        + wantedPlace[f]);
                if (onConflict != OnConflict.REPLACE) {
                    continue;
                }
            }
            place[f] = wantedPlace[f];
        }

        StationPoints points = StationPoints.plan(connection, key, mapping.points(), onConflict);
        conflicts.addAll(points.conflicts());

        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (Map.Entry<Stored, Object[]> update : updates.entrySet()) {
                updateSensor(connection, update.getKey().id, update.getValue());
            }
            updateStation(connection, sourceId, place);
            int pointsSet = points.apply(connection, key, sourceId, actor);
            // compared once the points are set: a calibration stored on a column is its point's now
            List<StoredCalibration> existing = calibrations(connection, sourceId);
            List<PlannedCalibration> toAdd = new ArrayList<>();
            List<StoredCalibration> toRemove = new ArrayList<>();
            int unchanged = 0;
            for (PlannedCalibration planned : mapping.calibrations()) {
                List<StoredCalibration> overlapping = existing.stream().filter(e -> e.overlaps(planned)).toList();
                if (overlapping.size() == 1 && overlapping.get(0).sameAs(planned)) {
                    unchanged++;
                    continue;
                }
                if (!overlapping.isEmpty()) {
                    for (StoredCalibration e : overlapping) {
                        conflicts.add(planned.path() + ": point '" + planned.point() + "' has calibration " + e.id
                                + (e.column == null ? "" : " of column '" + e.column + "'") + " over " + e.from
                                + " to " + (e.to == null ? "open" : e.to) + " (" + e.describe() + ")");
                    }
                    if (onConflict != OnConflict.REPLACE) {
                        continue;
                    }
                    overlapping.stream().filter(e -> !toRemove.contains(e)).forEach(toRemove::add);
                }
                toAdd.add(planned);
            }
            if (!conflicts.isEmpty() && onConflict == OnConflict.FAIL) {
                connection.rollback();
                return new ImportReport(false, 0, 0, 0, unchanged, 0, conflicts);
            }
            for (StoredCalibration e : toRemove) {
                Calibrations.remove(connection, e.id, actor);
            }
            for (PlannedCalibration planned : toAdd) {
                try {
                    Calibrations.add(connection, new PointCalibration(null, key, planned.point(), planned.from(),
                            planned.to(), planned.slope(), planned.offset(), planned.loggerSlope(),
                            planned.loggerOffset(), planned.directionOffset(), null, null, null), actor);
                } catch (SQLException e) {
                    throw new SQLException(planned.path() + ": " + e.getMessage(), e.getSQLState(), e);
                }
            }
            connection.commit();
            return new ImportReport(true, updates.size(), pointsSet, toAdd.size(), unchanged, toRemove.size(),
                    conflicts);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean same(Object wanted, Object stored) {
        if (wanted instanceof Double w && stored instanceof Double s) {
            return Math.abs(w - s) < 1e-9;
        }
        return Objects.equals(wanted, stored);
    }

    private record Stored(int id, String name, Object[] values) {
    }

    private record Station(Double latitude, Double longitude, String type) {
    }

    /** A stored calibration of a point, or of one column ({@code column} not null) of that point. */
    private record StoredCalibration(int id, String point, String column, Instant from, Instant to, Double slope,
                                     Double offset, Double loggerSlope, Double loggerOffset, Double directionOffset) {
        boolean overlaps(PlannedCalibration p) {
            return p.point().equals(point) && (p.to() == null || from.isBefore(p.to()))
                    && (to == null || p.from().isBefore(to));
        }

        boolean sameAs(PlannedCalibration p) {
            return column == null && from.equals(p.from()) && Objects.equals(to, p.to())
                    && Objects.equals(slope, p.slope()) && Objects.equals(offset, p.offset())
                    && Objects.equals(loggerSlope, p.loggerSlope()) && Objects.equals(loggerOffset, p.loggerOffset())
                    && Objects.equals(directionOffset, p.directionOffset());
        }

        String describe() {
            return directionOffset != null ? "direction offset " + directionOffset
                    : "slope " + slope + ", offset " + offset;
        }
    }

    private static Map<String, Stored> sensors(Connection connection, int sourceId) throws SQLException {
        Map<String, Stored> sensors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/sensors_of_source.sql"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sensors.put(rs.getString(2), new Stored(rs.getInt(1), rs.getString(2), new Object[] {rs.getString(3),
                            rs.getString(4), rs.getObject(5), rs.getObject(6), rs.getString(7), rs.getString(8),
                            rs.getString(9)}));
                }
            }
        }
        return sensors;
    }

    private static Station station(Connection connection, int sourceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/station_of_source.sql"))) {
            statement.setInt(1, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Station((Double) rs.getObject(6), (Double) rs.getObject(7), rs.getString(8));
            }
        }
    }

    private static List<StoredCalibration> calibrations(Connection connection, int sourceId) throws SQLException {
        List<StoredCalibration> calibrations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/calibrations_of_source.sql"))) {
            statement.setInt(1, sourceId);
            statement.setInt(2, sourceId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp to = rs.getTimestamp(5);
                    calibrations.add(new StoredCalibration(rs.getInt(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), to == null ? null : to.toInstant(), (Double) rs.getObject(6),
                            (Double) rs.getObject(7), (Double) rs.getObject(8), (Double) rs.getObject(9),
                            (Double) rs.getObject(10)));
                }
            }
        }
        return calibrations;
    }

    private static void updateSensor(Connection connection, int sensorId, Object[] values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/sensor_update.sql"))) {
            int[] types = {Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR};
            for (int f = 0; f < values.length; f++) {
                statement.setObject(f + 1, values[f], types[f]);
            }
            statement.setInt(values.length + 1, sensorId);
            statement.executeUpdate();
        }
    }

    private static void updateStation(Connection connection, int sourceId, Object[] place) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/station_update.sql"))) {
            statement.setObject(1, place[0], Types.DOUBLE);
            statement.setObject(2, place[1], Types.DOUBLE);
            statement.setObject(3, place[2], Types.VARCHAR);
            statement.setInt(4, sourceId);
            statement.executeUpdate();
        }
    }
}
