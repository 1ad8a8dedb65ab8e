package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Calibration;
import io.loggerflow.exporter.Calibrations;
import io.loggerflow.exporter.SourceKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** {@code calibration}: re-calibrations applied at export time (value' = slope * raw + offset). */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Manage sensor re-calibrations, applied to exported values: slope * raw + offset, the logger's "
                + "own calibration undone first when given. Every change is recorded (see 'changes').",
        subcommands = {CalibrationCommand.Add.class, CleaningCommand.ListAll.class, CleaningCommand.Remove.class})
final class CalibrationCommand extends CleaningCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a calibration of one sensor.")
    static final class Add extends CleaningCommand.Add {
        @Option(names = "--sensor", required = true, description = "the sensor's column name")
        String sensor;

        @Option(names = "--from", required = true, converter = UtcTimeConverter.class, description = "valid from (inclusive)")
        Instant from;

        @Option(names = "--to", converter = UtcTimeConverter.class, description = "valid until (exclusive; default: open)")
        Instant to;

        @Option(names = "--slope", required = true)
        double slope;

        @Option(names = "--offset", required = true)
        double offset;

        @Option(names = "--logger-slope", description = "the slope the logger applied (undone first)")
        Double loggerSlope;

        @Option(names = "--logger-offset", description = "the offset the logger applied (undone first)")
        Double loggerOffset;

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            int id = Calibrations.add(connection, Calibration.of(SourceKey.parse(source), sensor, from, to, slope,
                    offset, loggerSlope, loggerOffset), change.actor());
            out.println("calibration " + id + " added");
            return 0;
        }
    }

    @Override
    TextTable table(Connection connection) throws SQLException {
        TextTable table = new TextTable("ID", "SOURCE", "SENSOR", "FROM", "TO", "SLOPE", "OFFSET",
                "LOGGER SLOPE", "LOGGER OFFSET", "BY", "AT", "REASON");
        for (Calibration c : Calibrations.list(connection)) {
            table.row(c.id(), c.source(), c.sensor(), c.validFrom(), c.validTo(), c.slope(), c.offset(),
                    c.loggerSlope(), c.loggerOffset(), c.changedBy(), c.changedAt(), c.reason());
        }
        return table;
    }

    @Override
    boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Calibrations.remove(connection, id, actor);
    }
}
