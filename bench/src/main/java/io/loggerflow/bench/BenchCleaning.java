package io.loggerflow.bench;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.MeasurementPoint;
import io.loggerflow.exporter.MeasurementPoints;
import io.loggerflow.exporter.PointCalibration;
import io.loggerflow.exporter.SourceKey;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cleaning an analyst typically adds to a mast, put on the exported source for the cleaned export phase
 * and removed again before the benchmark's clean-up: a certificate calibration of two anemometer points (one
 * of them from the middle of the data, over the logger's programmed pair), a vane's direction offset, twelve
 * icing windows on that vane, a maintenance window of the whole source and a month of one failed sensor.
 */
final class BenchCleaning {
    private static final Actor ACTOR = new Actor("bench", "cleaned export phase");
    private static final int ICING_WINDOWS = 12;

    private final List<Integer> calibrations;
    private final List<Integer> flags;

    private BenchCleaning(List<Integer> calibrations, List<Integer> flags) {
        this.calibrations = calibrations;
        this.flags = flags;
    }

    /**
     * Adds the cleaning to {@code source}, whose readings span [from, to); empty (nothing added) when the mast
     * has fewer than two anemometers or no vane.
     */
    static Optional<BenchCleaning> add(Connection connection, SourceKey source, Instant from, Instant to)
            throws SQLException {
        List<MeasurementPoint> points = MeasurementPoints.list(connection, source);
        List<MeasurementPoint> anemometers = points.stream().filter(p -> "wind_speed".equals(p.measurementType()))
                .sorted(Comparator.comparing(MeasurementPoint::name)).limit(2).toList();
        Optional<MeasurementPoint> vanes = points.stream().filter(MeasurementPoint::isDirection)
                .min(Comparator.comparing(MeasurementPoint::name));
        if (anemometers.size() < 2 || vanes.isEmpty()) {
            return Optional.empty();
        }
        MeasurementPoint vane = vanes.get();
        Duration span = Duration.between(from, to);
        Instant middle = from.plus(span.dividedBy(2));
        List<Integer> calibrations = new ArrayList<>();
        calibrations.add(Calibrations.add(connection, PointCalibration.linear(source, anemometers.get(0).name(),
                middle, null, 0.7598, 0.2802, 0.765, 0.35), ACTOR));
        calibrations.add(Calibrations.add(connection, PointCalibration.linear(source, anemometers.get(1).name(),
                from, null, 0.7612, 0.2650, null, null), ACTOR));
        calibrations.add(Calibrations.add(connection, PointCalibration.directionOffset(source, vane.name(), from,
                null, 20), ACTOR));
        List<Integer> flags = new ArrayList<>();
        Duration icingStep = span.dividedBy(ICING_WINDOWS);
        for (int i = 0; i < ICING_WINDOWS; i++) {
            Instant start = from.plus(icingStep.multipliedBy(i)).plus(icingStep.dividedBy(3));
            flags.add(Flags.add(connection, Flag.ofPoint(source, vane.name(), start, start.plus(Duration.ofHours(30))),
                    ACTOR));
        }
        Instant maintenance = from.plus(span.dividedBy(3));
        flags.add(Flags.add(connection, Flag.of(source, null, maintenance, maintenance.plus(Duration.ofHours(6))),
                ACTOR));
        String failed = anemometers.get(1).sensors().get(0).split(":")[0];
        Instant failedFrom = from.plus(span.dividedBy(4));
        flags.add(Flags.add(connection, Flag.of(source, failed, failedFrom, failedFrom.plus(Duration.ofDays(30))),
                ACTOR));
        return Optional.of(new BenchCleaning(calibrations, flags));
    }

    int calibrations() {
        return calibrations.size();
    }

    int flags() {
        return flags.size();
    }

    /** Removes what {@link #add} added (audited like any change). */
    void remove(Connection connection) throws SQLException {
        for (int id : flags) {
            Flags.remove(connection, id, ACTOR);
        }
        for (int id : calibrations) {
            Calibrations.remove(connection, id, ACTOR);
        }
    }
}
