package io.loggerflow.worker.task43;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.MeasurementPoint;
import io.loggerflow.exporter.MeasurementPoints;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.worker.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets a source's measurement points exactly as a station document has them: each document point becomes the
 * source's point of that name, with the document's type, height and orientation, grouping exactly the columns
 * its logger configurations name. The point that already groups exactly those columns (a derived one, named by
 * their stem) is renamed rather than replaced, so its calibrations and flags stay with it; a column the
 * document does not give to a point it is on moves to a point of its own name; derived points left empty
 * are removed. A type, height or orientation set by a person (a point not derived) that differs from the
 * document's is a conflict, handled as {@link OnConflict} says.
 */
final class StationPoints {
    private final List<PointSettings> wanted;
    private final List<MeasurementPoint> stored;
    private final OnConflict onConflict;
    private final List<String> conflicts = new ArrayList<>();

    private StationPoints(List<PointSettings> wanted, List<MeasurementPoint> stored, OnConflict onConflict) {
        this.wanted = wanted;
        this.stored = stored;
        this.onConflict = onConflict;
        for (PointSettings point : wanted) {
            target(point).filter(p -> !p.derived()).ifPresent(p -> compare(point, p));
        }
    }

    static StationPoints plan(Connection connection, SourceKey source, List<PointSettings> points,
                              OnConflict onConflict) throws SQLException {
        return new StationPoints(points, MeasurementPoints.list(connection, source), onConflict);
    }

    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** Sets the points, in the caller's transaction; returns how many points were created or changed. */
    int apply(Connection connection, SourceKey source, int sourceId, Actor actor) throws SQLException {
        int changed = 0;
        for (PointSettings point : wanted) {
            Optional<MeasurementPoint> target = target(point);
            List<String> columnsThere = target.map(StationPoints::columns).orElse(List.of());
            boolean change = false;
            if (target.isEmpty()) {
                MeasurementPoints.create(connection, MeasurementPoint.of(source, point.name(), point.measurementType(),
                        point.heightM(), point.orientationDeg()), actor);
                change = true;
            } else {
                MeasurementPoint p = target.get();
                boolean replace = onConflict == OnConflict.REPLACE || p.derived();
                if (p.derived() || !point.name().equals(p.name()) || (replace && differs(point, p))) {
                    MeasurementPoints.edit(connection, source, p.name(), MeasurementPoint.of(source, point.name(),
                            pick(point.measurementType(), p.measurementType(), replace),
                            pick(point.heightM(), p.heightM(), replace),
                            pick(point.orientationDeg(), p.orientationDeg(), replace)), actor);
                    change = true;
                }
            }
            for (String column : point.columns()) {
                if (!columnsThere.contains(column)) {
                    MeasurementPoints.assign(connection, source, column, point.name(), actor);
                    change = true;
                }
            }
            for (String column : columnsThere) {
                if (!point.columns().contains(column)) { // on the point, but not the document's: a point of its own
                    if (stored.stream().noneMatch(p -> p.name().equals(column))) {
                        MeasurementPoints.create(connection, MeasurementPoint.of(source, column, null, null, null),
                                actor);
                    }
                    MeasurementPoints.assign(connection, source, column, column, actor);
                    change = true;
                }
            }
            changed += change ? 1 : 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(Sql.load("task43/empty_points_delete.sql"))) {
            statement.setInt(1, sourceId);
            statement.executeUpdate();
        }
        return changed;
    }

    /**
     * The stored point the document's point becomes: the one of its name, else the one grouping exactly its
     * columns (unless that one's name is another document point's).
     */
    private Optional<MeasurementPoint> target(PointSettings point) {
        Optional<MeasurementPoint> named = stored.stream().filter(p -> p.name().equals(point.name())).findFirst();
        if (named.isPresent()) {
            return named;
        }
        return stored.stream()
                .filter(p -> columns(p).size() == point.columns().size() && columns(p).containsAll(point.columns()))
                .filter(p -> wanted.stream().noneMatch(w -> w.name().equals(p.name())))
                .findFirst();
    }

    private void compare(PointSettings point, MeasurementPoint p) {
        Object[] document = {point.measurementType(), point.heightM(), point.orientationDeg()};
        Object[] there = {p.measurementType(), p.heightM(), p.orientationDeg()};
        String[] fields = {"measurement_type_id", "height_m", "boom_orientation_deg"};
        for (int f = 0; f < fields.length; f++) {
            if (document[f] != null && there[f] != null && !same(document[f], there[f])) {
                conflicts.add(point.path() + " (" + fields[f] + " of point '" + p.name() + "'): stored " + there[f]
                        + ", document " + document[f]);
            }
        }
    }

    private static boolean differs(PointSettings point, MeasurementPoint p) {
        return !same(point.measurementType(), p.measurementType()) || !same(point.heightM(), p.heightM())
                || !same(point.orientationDeg(), p.orientationDeg());
    }

    /** The document's value where it states one and may replace the stored one (null keeps the stored). */
    private static <T> T pick(T document, T storedValue, boolean replace) {
        return document == null || (storedValue != null && !replace) ? null : document;
    }

    private static boolean same(Object document, Object storedValue) {
        if (document == null) {
            return true;
        }
        if (document instanceof Double d && storedValue instanceof Double s) {
            return Math.abs(d - s) < 1e-9;
        }
        return Objects.equals(document, storedValue);
    }

    private static List<String> columns(MeasurementPoint point) {
        return point.sensors().stream().map(s -> s.split(":", 2)[0]).toList();
    }
}
