package io.loggerflow.worker.cli;

import io.loggerflow.exporter.Actor;
import picocli.CommandLine.Option;

/** Who makes a calibration or flag change and why: both are recorded with the change. */
final class CleaningOptions {
    @Option(names = "--reason", required = true, description = "why (recorded with the change)")
    String reason;

    @Option(names = "--by", description = "who (default: the operating-system user)")
    String by;

    Actor actor() {
        return new Actor(by != null ? by : System.getProperty("user.name", "unknown"), reason);
    }
}
