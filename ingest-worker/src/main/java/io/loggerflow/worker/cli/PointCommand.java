package io.loggerflow.worker.cli;

import io.loggerflow.exporter.MeasurementPoint;
import io.loggerflow.exporter.MeasurementPoints;
import io.loggerflow.exporter.SourceKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;

/** {@code point}: the measurement points that calibrations and flags may name. */
@Command(name = "point", mixinStandardHelpOptions = true,
        description = "List and edit measurement points: the columns of one instrument (WS_80m_Avg, _Std, _Max, _Min "
                + "form WS_80m), derived from the column names when a sensor is first loaded. Every edit is recorded "
                + "(see 'changes').",
        subcommands = {PointCommand.ListAll.class, PointCommand.Add.class, PointCommand.Edit.class,
                PointCommand.Assign.class})
final class PointCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the points and their sensors.")
    static final class ListAll extends OneShotCommand {
        @Option(names = "--source", paramLabel = "SITE/LOGGER[/TABLE]", description = "one source (default: all)")
        String source;

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            TextTable table = new TextTable("ID", "SOURCE", "POINT", "TYPE", "HEIGHT", "ORIENTATION", "SENSORS",
                    "SET BY", "AT", "REASON");
            for (MeasurementPoint p : MeasurementPoints.list(connection, source == null ? null : SourceKey.parse(source))) {
                table.row(p.id(), p.source(), p.name(), p.measurementType(), p.heightM(), p.orientationDeg(),
                        String.join(" ", p.sensors()), p.derived() ? "(derived)" : p.changedBy(), p.changedAt(),
                        p.reason());
            }
            table.print(out);
            return 0;
        }
    }

    /** What add and edit share: the point and its attributes. */
    abstract static class PointChange extends OneShotCommand {
        @Option(names = "--source", required = true, paramLabel = "SITE/LOGGER[/TABLE]")
        String source;

        @Option(names = "--point", required = true, description = "the point's name")
        String point;

        @Option(names = "--type", description = "Task 43 measurement type, e.g. wind_speed, wind_direction")
        String type;

        @Option(names = "--height", description = "height in metres")
        Double height;

        @Option(names = "--orientation", description = "boom orientation in degrees")
        Double orientation;

        @Mixin
        CleaningOptions change = new CleaningOptions();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a point (sensors are moved to it with 'point assign').")
    static final class Add extends PointChange {
        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            int id = MeasurementPoints.create(connection, MeasurementPoint.of(SourceKey.parse(source), point, type,
                    height, orientation), change.actor());
            out.println("point " + id + " added");
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Rename a point or set its type, height or orientation (options not given are kept).")
    static final class Edit extends PointChange {
        @Option(names = "--name", description = "the new name")
        String name;

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            SourceKey key = SourceKey.parse(source);
            MeasurementPoints.edit(connection, key, point, MeasurementPoint.of(key, name, type, height, orientation),
                    change.actor());
            out.println("point " + (name == null ? point : name) + " changed");
            return 0;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Move a sensor to another point.")
    static final class Assign extends OneShotCommand {
        @Option(names = "--source", required = true, paramLabel = "SITE/LOGGER[/TABLE]")
        String source;

        @Option(names = "--sensor", required = true, description = "the sensor's column name")
        String sensor;

        @Option(names = "--point", required = true, description = "the point it belongs to")
        String point;

        @Mixin
        CleaningOptions change = new CleaningOptions();

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            MeasurementPoints.assign(connection, SourceKey.parse(source), sensor, point, change.actor());
            out.println("sensor " + sensor + " now in point " + point);
            return 0;
        }
    }
}
