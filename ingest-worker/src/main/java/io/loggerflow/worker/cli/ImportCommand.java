package io.loggerflow.worker.cli;

import io.loggerflow.worker.Loggerflow;
import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.jobs.ImportResults;
import io.loggerflow.worker.jobs.ImportResults.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * {@code import FILE...}: imports files where they are (never moving them) through the same JobRunr job
 * as the inbox, waits for them and prints one line per file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the given files through the import job, wait, and print a summary per file. "
                + "Files are read where they are: never moved or deleted (so no .rejected.txt is written next to "
                + "them; the rows left out are in the DETAIL column and in status). Exits 1 if any file failed.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "logger files to import")
    List<Path> files;

    @Option(names = "--site", description = "site of the files' sources (default: the 'site' setting)")
    String site;

    @Option(names = "--format", description = "format name instead of auto-detection, e.g. toa5")
    String format;

    @Option(names = "--timezone", description = "time zone of the logger clock (default: the 'timezone' setting)")
    String timeZone;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "how long to wait for all files (ISO-8601, default ${DEFAULT-VALUE})")
    Duration timeout;

    @picocli.CommandLine.Mixin
    ProgressOptions progress = new ProgressOptions();

    @picocli.CommandLine.ParentCommand
    LoggerflowCli cli;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        // An interactive import reports a database error at once instead of retrying for hours.
        Settings settings = cli.settings().with(Map.of(Settings.Key.JOBS_RETRIES.property, "0"));
        try (Loggerflow app = Loggerflow.open(settings)) {
            Map<Path, UUID> jobs = new LinkedHashMap<>();
            List<UUID> ids = app.enqueueImports(files, site, format, timeZone);
            for (int i = 0; i < files.size(); i++) {
                jobs.put(files.get(i), ids.get(i));
            }
            app.startWorkers(); // after enqueuing, so the first poll finds the jobs
            ImportResults results = new ImportResults(app.jobs(), app.dataSource());
            Map<Path, Result> done = new LinkedHashMap<>();
            try (Progress bar = progress.start("import", "files", jobs.size(), spec.commandLine().getErr())) {
                for (Map.Entry<Path, UUID> job : jobs.entrySet()) {
                    Result result = results.await(job.getValue(), timeout);
                    done.put(job.getKey(), result);
                    bar.advance(1, result.readings());
                }
            }
            boolean anyFailed = false;
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-50s %-10s %10s %8s  %s%n", "FILE", "STATUS", "READINGS", "SKIPPED", "DETAIL");
            for (Map.Entry<Path, Result> file : done.entrySet()) {
                Result result = file.getValue();
                anyFailed |= result.failed();
                out.printf("%-50s %-10s %10d %8d  %s%n", file.getKey(), result.status(), result.readings(),
                        result.skippedRows(), result.detail());
            }
            out.flush();
            return anyFailed ? 1 : 0;
        }
    }
}
