package io.loggerflow.worker.cli;

import io.loggerflow.worker.config.Settings;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a loggerflow command in-process with given settings, capturing its output and exit code. */
public final class CliRunner {
    private CliRunner() {
    }

    public record Result(int code, String output) {
    }

    public static Result run(Settings settings, String... args) {
        StringWriter out = new StringWriter();
        int code = LoggerflowCli.execute(() -> settings, new PrintWriter(out, true), args);
        return new Result(code, out.toString());
    }
}
