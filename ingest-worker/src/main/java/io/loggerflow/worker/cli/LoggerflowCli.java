package io.loggerflow.worker.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code loggerflow} command line. */
@Command(name = "loggerflow", mixinStandardHelpOptions = true, version = "loggerflow 0.1.0",
        description = "Ingestion pipeline for environmental data loggers.",
        subcommands = {RunCommand.class, ImportCommand.class})
public final class LoggerflowCli {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new LoggerflowCli())
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    cmd.getErr().println("loggerflow: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
