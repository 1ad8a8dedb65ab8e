package io.loggerflow.worker.jobs;

import io.loggerflow.worker.compaction.ChunkCompaction;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

import javax.sql.DataSource;
import java.sql.Connection;

/** Runs {@link CompactionJob}s: compacts the settled chunks, one line per chunk in the job's log. */
public class CompactionJobHandler implements JobRequestHandler<CompactionJob> {
    private final DataSource dataSource;
    private final ChunkCompaction compaction;

    public CompactionJobHandler(DataSource dataSource, ChunkCompaction compaction) {
        this.dataSource = dataSource;
        this.compaction = compaction;
    }

    @Override
    public void run(CompactionJob job) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ChunkCompaction.Outcome outcome = compaction.run(connection, false);
            for (ChunkCompaction.Chunk chunk : outcome.chunks()) {
                jobContext().logger().info(chunk.name() + ": " + chunk.before().batches() + " batches, "
                        + chunk.before().bytes() + " bytes -> " + chunk.after()
                        .map(after -> after.batches() + " batches, " + after.bytes() + " bytes")
                        .orElse(chunk.skipped().orElse("unchanged")));
            }
            jobContext().logger().info(outcome.timescale() ? outcome.chunks().size() + " chunks compacted"
                    : "plain PostgreSQL: nothing to compact");
        }
    }
}
