package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibration;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.PointCalibration;
import io.loggerflow.exporter.SourceKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * {@code calibration}: re-calibrations applied at export time, of a measurement point (all its columns, each by
 * its statistic) or of one column; on a wind direction, a direction offset added modulo 360.
 */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Manage re-calibrations, applied to exported values: slope * raw + offset, the logger's own "
                + "calibration undone first when given; on a measurement point (--point, e.g. WS_80m) avg/min/max/gust "
                + "take the full map, sd the scale only, and ti is recomputed. A vane takes a --direction-offset "
                + "instead, added modulo 360 to avg/min/max. Every change is recorded (see 'changes').",
        subcommands = {CalibrationCommand.Add.class, CleaningCommand.ListAll.class, CleaningCommand.Remove.class})
final class CalibrationCommand extends CleaningCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a calibration of a measurement point (--point) or of one column (--sensor).")
    static final class Add extends CleaningCommand.Add {
        @Option(names = "--point", description = "the measurement point: its columns' common stem (see 'point list')")
        String point;

        @Option(names = "--sensor", description = "one column, by its name")
        String sensor;

        @Option(names = "--from", required = true, converter = UtcTimeConverter.class, description = "valid from (inclusive)")
        Instant from;

        @Option(names = "--to", converter = UtcTimeConverter.class, description = "valid until (exclusive; default: open)")
        Instant to;

        @Option(names = "--slope", description = "the certificate's slope")
        Double slope;

        @Option(names = "--offset", description = "the certificate's offset")
        Double offset;

        @Option(names = "--logger-slope", description = "the slope the logger applied (undone first)")
        Double loggerSlope;

        @Option(names = "--logger-offset", description = "the offset the logger applied (undone first)")
        Double loggerOffset;

        @Option(names = "--direction-offset", paramLabel = "DEGREES",
                description = "a vane's correction (dead-band orientation minus the logger's offset), added modulo 360 "
                        + "to the point's avg/min/max; instead of --slope/--offset")
        Double directionOffset;

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            if ((point == null) == (sensor == null)) {
                throw new IllegalArgumentException("give exactly one of --point or --sensor");
            }
            if ((directionOffset == null) == (slope == null || offset == null)) {
                throw new IllegalArgumentException("give --slope and --offset, or --direction-offset");
            }
            SourceKey key = SourceKey.parse(source);
            int id;
            if (point == null && directionOffset != null) {
                throw new IllegalArgumentException("a direction offset is given to a vane's point: --point");
            } else if (point == null) {
                id = Calibrations.add(connection, Calibration.of(key, sensor, from, to, slope, offset, loggerSlope,
                        loggerOffset), change.actor());
            } else if (directionOffset != null) {
                id = Calibrations.add(connection, PointCalibration.directionOffset(key, point, from, to,
                        directionOffset), change.actor());
            } else {
                id = Calibrations.add(connection, PointCalibration.linear(key, point, from, to, slope, offset,
                        loggerSlope, loggerOffset), change.actor());
            }
            out.println("calibration " + id + " added");
            return 0;
        }
    }

    @Override
    TextTable table(Connection connection) throws SQLException {
        TextTable table = new TextTable("ID", "SOURCE", "POINT", "SENSOR", "FROM", "TO", "SLOPE", "OFFSET",
                "LOGGER SLOPE", "LOGGER OFFSET", "DIRECTION OFFSET", "BY", "AT", "REASON");
        for (PointCalibration c : Calibrations.pointCalibrations(connection)) {
            table.row(c.id(), c.source(), c.point(), "", c.validFrom(), c.validTo(), c.slope(), c.offset(),
                    c.loggerSlope(), c.loggerOffset(), c.directionOffset(), c.changedBy(), c.changedAt(), c.reason());
        }
        for (Calibration c : Calibrations.list(connection)) {
            table.row(c.id(), c.source(), "", c.sensor(), c.validFrom(), c.validTo(), c.slope(), c.offset(),
                    c.loggerSlope(), c.loggerOffset(), "", c.changedBy(), c.changedAt(), c.reason());
        }
        return table;
    }

    @Override
    boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Calibrations.remove(connection, id, actor);
    }
}
