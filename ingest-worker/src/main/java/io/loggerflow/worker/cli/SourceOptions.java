package io.loggerflow.worker.cli;

import io.loggerflow.exporter.SourceKey;
import io.loggerflow.exporter.SourceSelection;
import picocli.CommandLine.Option;

/** Which sources a command covers: exactly one of --source, --site or --all. */
final class SourceOptions {
    @Option(names = "--source", paramLabel = "SITE/LOGGER[/TABLE]", description = "one source")
    String source;

    @Option(names = "--site", description = "every source of a site")
    String site;

    @Option(names = "--all", description = "every source")
    boolean all;

    SourceSelection selection() {
        int given = (source != null ? 1 : 0) + (site != null ? 1 : 0) + (all ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of --source, --site or --all");
        }
        if (source != null) {
            return SourceSelection.of(SourceKey.parse(source));
        }
        return site != null ? SourceSelection.site(site) : SourceSelection.ALL;
    }
}
