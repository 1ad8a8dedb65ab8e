package io.loggerflow.worker.cli;

import io.loggerflow.worker.health.HealthCheck;
import io.loggerflow.worker.health.HealthReport;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code health}: stale sources and sensors with gaps or flat lines; exit 1 when something is stale or flat. */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Check every source's freshness and every sensor's recent data for gaps and flat lines. "
                + "Exits 1 when a source is stale or a sensor flat-lined (for cron and monitoring); thresholds "
                + "come from the health.* settings.")
final class HealthCommand extends OneShotCommand {
    @Override
    int run(Connection connection, PrintWriter out) throws Exception {
        HealthReport report = HealthCheck.run(connection, cli().settings().health(), Clock.systemUTC());
        out.println("SOURCES");
        TextTable sources = new TextTable("SITE", "LOGGER", "TABLE", "LAST READING", "AGE", "LAST FILE", "STATE",
                "FLAT SENSORS", "SENSORS WITH GAPS");
        for (HealthReport.SourceHealth source : report.sources()) {
            Duration age = source.readingAge(report.checkedAt());
            sources.row(source.site(), source.logger(), source.table(), text(source.lastReading()),
                    age == null ? "never" : human(age), text(source.lastFile()), source.stale() ? "STALE" : "ok",
                    report.flatSensors(source.sourceId()), report.sensorsWithGaps(source.sourceId()));
        }
        sources.print(out);
        if (!report.sensors().isEmpty()) {
            Map<Integer, HealthReport.SourceHealth> byId = report.sources().stream()
                    .collect(Collectors.toMap(HealthReport.SourceHealth::sourceId, Function.identity()));
            out.println();
            out.println("SENSORS WITH PROBLEMS (last " + cli().settings().health().days() + " days)");
            TextTable sensors = new TextTable("SOURCE", "SENSOR", "READINGS", "LAST READING", "STEP", "GAPS",
                    "MISSING INTERVALS", "FLAT WINDOWS");
            for (HealthReport.SensorProblem sensor : report.sensors()) {
                HealthReport.SourceHealth source = byId.get(sensor.sourceId());
                sensors.row(source == null ? sensor.sourceId() : source.label(), sensor.sensor(), sensor.readings(),
                        text(sensor.lastReading()), sensor.usualStep(), sensor.gaps(), sensor.missingIntervals(),
                        sensor.flatWindows());
            }
            sensors.print(out);
        }
        out.println();
        out.println(report.healthy() ? "HEALTHY" : "UNHEALTHY: stale sources or flat-lined sensors");
        return report.healthy() ? 0 : 1;
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String human(Duration age) {
        long minutes = age.toMinutes();
        return minutes < 120 ? minutes + "m" : minutes < 48 * 60 ? age.toHours() + "h" : age.toDays() + "d";
    }
}
