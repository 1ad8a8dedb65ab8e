package io.loggerflow.worker.cli;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.FolderSettings;
import io.loggerflow.worker.load.FileStatus;
import io.loggerflow.worker.load.ImportOutcome;
import io.loggerflow.worker.load.ImportRequest;
import io.loggerflow.worker.retract.FileRetraction;
import io.loggerflow.worker.retract.Original;
import io.loggerflow.worker.retract.RetractedPart;
import io.loggerflow.worker.watch.InboxLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code reimport}: retracts files and imports their originals again with today's settings (the settings of
 * the inbox folder each arrived in, as configured now), through the import service the jobs use.
 */
@Command(name = "reimport", mixinStandardHelpOptions = true,
        description = "Retract the given files (see retract) and import their kept originals again with today's "
                + "settings: e.g. after correcting a folder's timezone, mapping or interval. The originals stay "
                + "where they are. Exits 1 if an original no longer imports.")
final class ReimportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE_ID", description = "ids of top-level files (see status)")
    List<Long> fileIds;

    @Mixin
    RetractCommand.FileChoice choice = new RetractCommand.FileChoice();

    @Mixin
    CleaningOptions change = new CleaningOptions();

    @Option(names = "--dry-run", description = "show what would be retracted and imported; change nothing")
    boolean dryRun;

    @Option(names = "--format", description = "format name instead of the folder's or auto-detection")
    String format;

    @Option(names = "--timezone", description = "logger clock zone instead of the folder's")
    String timeZone;

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    @ParentCommand
    LoggerflowCli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ZoneId zone = timeZone == null ? null : ZoneId.of(timeZone);
        try (Loggerflow app = Loggerflow.open(cli.settings());
             Connection connection = app.dataSource().getConnection()) {
            List<Long> ids = choice.files(connection, fileIds);
            List<Original> originals = Original.of(connection, ids); // all present, or nothing is retracted
            List<RetractedPart> parts = FileRetraction.retract(connection, ids, change.actor().user(), change.reason,
                    dryRun);
            RetractionTable.print(parts, dryRun, out);
            InboxLayout inbox = new InboxLayout(app.settings());
            List<Reimported> results = new ArrayList<>();
            try (Progress bar = progress.start("reimport", "files", dryRun ? 0 : originals.size(),
                    spec.commandLine().getErr())) {
                for (Original original : originals) {
                    FolderSettings folder = folder(inbox, original, zone);
                    ImportOutcome outcome = dryRun ? null : app.importService().importFile(
                            new ImportRequest(original.file(), false, folder, Optional.empty()));
                    results.add(new Reimported(original, folder, outcome));
                    bar.advance(1, outcome == null ? 0 : outcome.readings());
                }
            }
            return print(results, out);
        }
    }

    /** The settings of the folder it arrived in, as configured today; a file read by `import` keeps its site. */
    private FolderSettings folder(InboxLayout inbox, Original original, ZoneId zone) {
        boolean viaInbox = original.arrivedAt().toAbsolutePath().normalize().startsWith(inbox.root());
        String site = viaInbox ? null : original.site();
        return inbox.settingsFor(original.arrivedAt()).override(site, format, zone);
    }

    private record Reimported(Original original, FolderSettings folder, ImportOutcome outcome) {
    }

    private int print(List<Reimported> results, PrintWriter out) {
        out.println();
        TextTable table = new TextTable("FILE", "NEW FILE", "STATUS", "READINGS", "SITE", "TIMEZONE", "ORIGINAL",
                "DETAIL");
        boolean anyFailed = false;
        for (Reimported r : results) {
            ImportOutcome o = r.outcome();
            anyFailed |= o != null && o.status() == FileStatus.FAILED;
            table.row(r.original().fileId(), o == null ? "" : o.fileId(), o == null ? "would import" : o.status().dbValue(),
                    o == null ? "" : o.readings(), r.folder().site(), r.folder().timeZone(), r.original().file(),
                    o == null || o.reason() == null ? "" : o.reason());
        }
        table.print(out);
        return anyFailed ? 1 : 0;
    }
}
