package io.loggerflow.bench;

import io.loggerflow.worker.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** The {@code loggerflow-bench} command line: {@code bench} and {@code generate}, apart from the worker's jar. */
@Command(name = "loggerflow-bench", mixinStandardHelpOptions = true, version = "loggerflow-bench 0.1.0",
        description = "Load generator and benchmark for loggerflow.",
        subcommands = {BenchCommand.class, GenerateCommand.class})
public final class BenchCli {
    private final Supplier<Settings> settings;

    BenchCli(Supplier<Settings> settings) {
        this.settings = settings;
    }

    /** Read only by {@code bench}, when it runs: {@code generate} needs no configuration. */
    Settings settings() {
        return settings.get();
    }

    public static void main(String[] args) {
        // the worker's routine log lines would interleave with the progress lines and the table
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(execute(Settings::fromEnvironment, new PrintWriter(System.out, true), args));
    }

    /** Runs a command with the given settings, printing its results to {@code out}; returns the exit code. */
    public static int execute(Supplier<Settings> settings, PrintWriter out, String... args) {
        return new CommandLine(new BenchCli(settings))
                .setOut(out)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    cmd.getErr().println("loggerflow-bench: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
