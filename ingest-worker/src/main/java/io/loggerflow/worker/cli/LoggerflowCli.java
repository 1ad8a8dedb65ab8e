package io.loggerflow.worker.cli;

import io.loggerflow.worker.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** The {@code loggerflow} command line. */
@Command(name = "loggerflow", mixinStandardHelpOptions = true, version = "loggerflow 0.1.0",
        description = "Ingestion pipeline for environmental data loggers.",
        subcommands = {RunCommand.class, ImportCommand.class, StatusCommand.class, HealthCommand.class,
                ExportCommand.class, ExportConfigCommand.class, CalibrationCommand.class, FlagCommand.class,
                PointCommand.class, ChangesCommand.class, RetractCommand.class, ReimportCommand.class,
                CoverageCommand.class, Task43Command.class, CompactCommand.class})
public final class LoggerflowCli {
    private final Supplier<Settings> settings;
    private Settings loaded;

    LoggerflowCli(Supplier<Settings> settings) {
        this.settings = settings;
    }

    /**
     * The settings, loaded and checked on first use (so {@code --help} works with a broken config) and
     * then kept. A {@link io.loggerflow.worker.config.ConfigException} ends the command with exit code 2.
     */
    Settings settings() {
        if (loaded == null) {
            loaded = settings.get();
        }
        return loaded;
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("run")) {
            // one-shot commands print tables: keep routine log lines out of them (warnings still show)
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(execute(Settings::fromEnvironment, new PrintWriter(System.out, true), args));
    }

    /** Runs a command with the given settings, printing its results to {@code out}; returns the exit code. */
    public static int execute(Supplier<Settings> settings, PrintWriter out, String... args) {
        return execute(settings, out, new PrintWriter(System.err, true), args);
    }

    /** The same, with messages and progress lines going to {@code err}. */
    public static int execute(Supplier<Settings> settings, PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new LoggerflowCli(settings))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    cmd.getErr().println("loggerflow: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
