package io.loggerflow.worker.testing;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A real {@code loggerflow run} in its own JVM (the test classpath), for crash and multi-node tests. */
public final class WorkerProcess implements AutoCloseable {
    private final Process process;

    private WorkerProcess(Process process) {
        this.process = process;
    }

    public static WorkerProcess start(ConnectionInfo db, Path dataDir, Path inbox, Path log, Map<String, String> env)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.loggerflow.worker.cli.LoggerflowCli", "run"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> key.startsWith(Settings.ENV_PREFIX));
        environment.put(Settings.Key.DB_URL.envName(), db.url());
        if (db.user() != null) {
            environment.put(Settings.Key.DB_USER.envName(), db.user());
        }
        environment.put(Settings.Key.DATA_DIR.envName(), dataDir.toString());
        environment.put(Settings.Key.INBOX.envName(), inbox.toString());
        environment.put(Settings.Key.WATCH_QUIET_MS.envName(), "500");
        environment.put(Settings.Key.WATCH_SCAN_MS.envName(), "200");
        environment.put(Settings.Key.DASHBOARD_ENABLED.envName(), "false");
        environment.put(Settings.Key.HTTP_PORT.envName(), "0"); // several workers on one machine
        environment.putAll(env);
        return new WorkerProcess(builder.start());
    }

    /** SIGKILL: no shutdown hook, no rollback by the worker itself. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: the shutdown hook stops the worker cleanly
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
