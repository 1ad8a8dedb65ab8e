package io.loggerflow.worker.cli;

import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.Sources;
import io.loggerflow.worker.retract.FileRetraction;
import io.loggerflow.worker.retract.RetractedPart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@code retract}: takes loaded files back, removing exactly the readings they contributed. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = "Remove the readings the given files contributed (by file id), in one transaction: the files' "
                + "rows stay, marked retracted, the retraction is recorded with who and why (see 'changes') and "
                + "the sources are exported again. Readings a later file overwrote are kept and reported. An "
                + "archive or a file of several tables is retracted as a whole. The content can then be imported again.")
final class RetractCommand extends OneShotCommand {
    @Parameters(arity = "0..*", paramLabel = "FILE_ID", description = "ids of top-level files (see status)")
    List<Long> fileIds;

    @Mixin
    FileChoice choice = new FileChoice();

    @Mixin
    CleaningOptions change = new CleaningOptions();

    @Option(names = "--dry-run", description = "show what would be removed; change nothing")
    boolean dryRun;

    @Override
    int run(Connection connection, PrintWriter out) throws SQLException {
        List<Long> ids = choice.files(connection, fileIds);
        List<RetractedPart> parts = FileRetraction.retract(connection, ids, change.actor().user(), change.reason,
                dryRun);
        RetractionTable.print(parts, dryRun, out);
        return 0;
    }

    /** Which files: ids, or {@code --source} with an optional {@code --from}/{@code --to}. */
    static final class FileChoice {
        @Option(names = "--source", paramLabel = "SITE/LOGGER[/TABLE]",
                description = "instead of ids: the files of this source (with --from/--to: those touching that range)")
        String source;

        @Option(names = "--from", converter = UtcTimeConverter.class, description = "with --source: range start (UTC)")
        Instant from;

        @Option(names = "--to", converter = UtcTimeConverter.class, description = "with --source: range end (exclusive)")
        Instant to;

        List<Long> files(Connection connection, List<Long> ids) throws SQLException {
            boolean byIds = ids != null && !ids.isEmpty();
            if (byIds == (source != null)) {
                throw new IllegalArgumentException("give file ids or --source, not both and not neither");
            }
            if (byIds) {
                if (from != null || to != null) {
                    throw new IllegalArgumentException("--from and --to go with --source");
                }
                return ids;
            }
            List<Long> found = FileRetraction.filesOf(connection, Sources.id(connection, SourceKey.parse(source)),
                    from, to);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no loaded file of " + source + " in that range");
            }
            return found;
        }
    }
}
