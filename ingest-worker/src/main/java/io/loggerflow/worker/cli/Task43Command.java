package io.loggerflow.worker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loggerflow.exporter.Actor;
import io.loggerflow.exporter.SourceKey;
import io.loggerflow.worker.task43.ImportReport;
import io.loggerflow.worker.task43.OnConflict;
import io.loggerflow.worker.task43.StationDocument;
import io.loggerflow.worker.task43.StationDocumentException;
import io.loggerflow.worker.task43.StationExport;
import io.loggerflow.worker.task43.StationImport;
import io.loggerflow.worker.task43.StationSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** {@code task43}: a source's station metadata as IEA Wind Task 43 WRA data model JSON. */
@Command(name = "task43", mixinStandardHelpOptions = true,
        description = "Import or export a source's station metadata as IEA Wind Task 43 WRA data model JSON "
                + "(validated against the published schema).",
        subcommands = {Task43Command.Import.class, Task43Command.Export.class})
final class Task43Command {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Set the heights, boom orientations, measurement types, statistics, units and calibrations "
                    + "of a source's columns from a station document, matched by column name, in one transaction. "
                    + "A stored value that differs is a conflict: nothing changes unless --on-conflict says otherwise.")
    static final class Import extends OneShotCommand {
        @Parameters(paramLabel = "FILE.json")
        Path file;

        @Option(names = "--source", required = true, paramLabel = "SITE/LOGGER[/TABLE]")
        String source;

        @Option(names = "--location", description = "the measurement location's name, when the document has several")
        String location;

        @Option(names = "--on-conflict", defaultValue = "fail",
                description = "fail (default: change nothing), keep (keep stored values, apply the rest) or "
                        + "replace (the document's values win; replaced calibrations are removed, recorded)")
        String onConflict;

        @Option(names = "--reason", description = "recorded with the calibration changes (default: the file's name)")
        String reason;

        @Option(names = "--by", description = "who (default: the operating-system user)")
        String by;

        @Override
        int run(Connection connection, PrintWriter out) throws Exception {
            OnConflict mode = OnConflict.valueOf(onConflict.toUpperCase(Locale.ROOT));
            Actor actor = new Actor(by != null ? by : System.getProperty("user.name", "unknown"),
                    reason != null ? reason : "IEA Task 43 station import of " + file.getFileName());
            JsonNode document = StationDocument.read(file);
            ImportReport report = StationImport.apply(connection, SourceKey.parse(source), document,
                    file.getFileName().toString(), location, mode, actor);
            report.conflicts().forEach(c -> out.println("conflict: " + c));
            if (!report.applied()) {
                out.printf("nothing changed: %d conflicts with stored values (--on-conflict keep or replace to "
                        + "apply the document)%n", report.conflicts().size());
                return 1;
            }
            out.printf("%s: %d sensors updated, %d measurement points set, %d calibrations added, %d already stored, "
                            + "%d replaced%s%n", source, report.sensorsUpdated(), report.pointsSet(),
                    report.calibrationsAdded(), report.calibrationsUnchanged(),
                    report.calibrationsRemoved(), report.conflicts().isEmpty() ? ""
                            : ", " + report.conflicts().size() + " conflicts " + (mode == OnConflict.KEEP ? "kept" : "replaced"));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a source's station document (refused when it would not meet the schema, e.g. while "
                    + "the station's location is unknown).")
    static final class Export extends OneShotCommand {
        @Option(names = "--source", required = true, paramLabel = "SITE/LOGGER[/TABLE]")
        String source;

        @Option(names = "--out", required = true, paramLabel = "FILE.json")
        Path out;

        @Option(names = "--author", description = "the document's author (default: the operating-system user)")
        String author;

        @Option(names = "--organisation", defaultValue = "unknown", description = "the author's organisation")
        String organisation;

        @Override
        int run(Connection connection, PrintWriter print) throws Exception {
            ObjectNode document = StationExport.of(connection, SourceKey.parse(source),
                    author != null ? author : System.getProperty("user.name", "unknown"), organisation,
                    LocalDate.now(ZoneOffset.UTC));
            List<String> violations = StationSchema.violations(document);
            if (!violations.isEmpty()) {
                throw new StationDocumentException("station of " + source, violations);
            }
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(document) + System.lineSeparator());
            print.println("station of " + source + " written to " + out);
            return 0;
        }
    }
}
