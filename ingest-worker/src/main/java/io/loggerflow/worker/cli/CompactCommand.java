package io.loggerflow.worker.cli;

import io.loggerflow.worker.compaction.ChunkCompaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.sql.Connection;

/** {@code compact}: compacts the settled chunks now, as the recurring job does at {@code compaction.cron}. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compress settled TimescaleDB chunks again in full batches (chunks no file was loaded into "
                + "for compaction.settled-hours, holding short batches of day files); prints each chunk's batches "
                + "and bytes before and after. Does nothing on plain PostgreSQL.")
final class CompactCommand extends OneShotCommand {
    @Option(names = "--dry-run", description = "only list the chunks that would be compacted")
    boolean dryRun;

    @Override
    int run(Connection connection, PrintWriter out) throws Exception {
        ChunkCompaction.Outcome outcome = new ChunkCompaction(cli().settings().compactionSettledAfter())
                .run(connection, dryRun);
        if (!outcome.timescale()) {
            out.println("readings is a plain PostgreSQL table (no compressed batches): nothing to compact");
            return 0;
        }
        TextTable table = new TextTable("CHUNK", "FROM", "TO", "BATCHES BEFORE", "BATCHES AFTER", "BYTES BEFORE",
                "BYTES AFTER");
        for (ChunkCompaction.Chunk chunk : outcome.chunks()) {
            table.row(chunk.name(), chunk.rangeStart(), chunk.rangeEnd(), chunk.before().batches(),
                    chunk.after().map(after -> (Object) after.batches()).orElse(chunk.skipped().orElse("-")),
                    chunk.before().bytes(),
                    chunk.after().map(after -> (Object) after.bytes()).orElse(chunk.skipped().orElse("-")));
        }
        table.print(out);
        long busy = outcome.chunks().stream().filter(chunk -> chunk.skipped().isPresent()).count();
        out.println(outcome.chunks().size() + (dryRun ? " settled chunks would be compacted" : " settled chunks, "
                + (outcome.chunks().size() - busy) + " compacted, " + busy + " busy (left for the next run)"));
        return 0;
    }
}
