package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.Flag;
import io.loggerflow.exporter.Flags;
import io.loggerflow.exporter.SourceKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** {@code flag}: bad-data windows of a point, a sensor or a source, left out of exports. */
@Command(name = "flag", mixinStandardHelpOptions = true,
        description = "Manage bad-data windows (icing, maintenance, a failed sensor): readings inside them are left "
                + "out of exports; stored readings are kept. Every change is recorded (see 'changes').",
        subcommands = {FlagCommand.Add.class, CleaningCommand.ListAll.class, CleaningCommand.Remove.class})
final class FlagCommand extends CleaningCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Flag a window of a measurement point (all its statistics), one sensor or a whole source.")
    static final class Add extends CleaningCommand.Add {
        @Option(names = "--point", description = "a measurement point, e.g. WD_78m: its avg, sd, min, max... together")
        String point;

        @Option(names = "--sensor", description = "one column, by its name (without --point or --sensor: every sensor "
                + "of the source)")
        String sensor;

        @Option(names = "--from", required = true, converter = UtcTimeConverter.class, description = "start (inclusive)")
        Instant from;

        @Option(names = "--to", required = true, converter = UtcTimeConverter.class, description = "end (exclusive)")
        Instant to;

        @Override
        int run(Connection connection, PrintWriter out) throws SQLException {
            SourceKey key = SourceKey.parse(source);
            if (point != null && sensor != null) {
                throw new IllegalArgumentException("give --point or --sensor, not both");
            }
            Flag flag = point != null ? Flag.ofPoint(key, point, from, to) : Flag.of(key, sensor, from, to);
            int id = Flags.add(connection, flag, change.actor());
            out.println("flag " + id + " added");
            return 0;
        }
    }

    @Override
    TextTable table(Connection connection) throws SQLException {
        TextTable table = new TextTable("ID", "SOURCE", "SENSOR OR POINT", "FROM", "TO", "BY", "AT", "REASON");
        for (Flag f : Flags.list(connection)) {
            String target = f.point() != null ? f.point() + " (point)" : f.sensor() != null ? f.sensor() : "(all)";
            table.row(f.id(), f.source(), target, f.from(), f.to(), f.changedBy(), f.changedAt(), f.reason());
        }
        return table;
    }

    @Override
    boolean remove(Connection connection, int id, Actor actor) throws SQLException {
        return Flags.remove(connection, id, actor);
    }
}
