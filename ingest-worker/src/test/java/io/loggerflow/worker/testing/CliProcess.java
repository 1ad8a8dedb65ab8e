package io.loggerflow.worker.testing;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A one-shot {@code loggerflow} command in its own JVM with a given heap limit (the test classpath). */
public final class CliProcess {
    private CliProcess() {
    }

    /** Runs the command; returns its exit code, its output in {@code log}. */
    public static int run(ConnectionInfo db, Path dataDir, String maxHeap, Path log, String... args) throws Exception {
        return run(db, dataDir, Map.of(), maxHeap, log, args);
    }

    /** As {@link #run(ConnectionInfo, Path, String, Path, String...)}, with more environment variables. */
    public static int run(ConnectionInfo db, Path dataDir, Map<String, String> environment, String maxHeap, Path log,
                          String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                "io.loggerflow.worker.cli.LoggerflowCli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith(Settings.ENV_PREFIX));
        builder.environment().put(Settings.Key.DB_URL.envName(), db.url());
        if (db.user() != null) {
            builder.environment().put(Settings.Key.DB_USER.envName(), db.user());
        }
        builder.environment().put(Settings.Key.DATA_DIR.envName(), dataDir.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("loggerflow " + String.join(" ", args) + " did not finish:\n" + Files.readString(log));
        }
        return process.exitValue();
    }
}
