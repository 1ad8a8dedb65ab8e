package io.loggerflow.worker.config;

import io.loggerflow.worker.db.ConnectionInfo;
import io.loggerflow.worker.testing.CliProcess;
import io.loggerflow.worker.testing.Samples;
import io.loggerflow.worker.testing.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistyped key stops {@code run} and {@code import} before they touch anything: exit code 2 and one line on
 * stderr naming the key. Runs the real {@code main} in its own JVM, as a user would.
 */
class ConfigErrorsStopCommandsTest {
    private static ConnectionInfo db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        db = TestPostgres.freshDatabase();
    }

    @ParameterizedTest(name = "{0} stops {2}")
    @CsvSource(delimiter = '|', value = {
            "workerz = 4||unknown key `workerz` in config file {file}; did you mean `workers`?|run",
            "workerz = 4||unknown key `workerz` in config file {file}; did you mean `workers`?|import",
            "folder.north.timezon = UTC-05:00||unknown key `folder.north.timezon` in config file {file}; did you mean `folder.north.timezone`?|run",
            "folder.north.timezon = UTC-05:00||unknown key `folder.north.timezon` in config file {file}; did you mean `folder.north.timezone`?|import",
            "workers = 4|LOGGERFLOW_WORKERZ=4|unknown environment variable LOGGERFLOW_WORKERZ; did you mean `LOGGERFLOW_WORKERS`?|run",
            "workers = 4|LOGGERFLOW_WORKERZ=4|unknown environment variable LOGGERFLOW_WORKERZ; did you mean `LOGGERFLOW_WORKERS`?|import",
    })
    void aMistypedKeyExitsWithCode2AndNamesTheKey(String fileLine, String variable, String message, String command)
            throws Exception {
        Path file = Files.writeString(dir.resolve("loggerflow.properties"), fileLine + "\n");
        Map<String, String> environment = new HashMap<>(Map.of(Settings.CONFIG_FILE_ENV, file.toString()));
        if (variable != null) {
            environment.put(variable.split("=")[0], variable.split("=")[1]);
        }
        Path log = dir.resolve("out.log");

        int exit = CliProcess.run(db, dir.resolve("data"), environment, "256m", log,
                command.equals("run") ? new String[] {"run"} : new String[] {"import", Samples.DAY1.toString()});

        assertThat(exit).as(Files.readString(log)).isEqualTo(2);
        assertThat(Files.readString(log).strip()).isEqualTo("loggerflow: " + message.replace("{file}", file.toString()));
    }

    @Test
    void aValidFileStillImports() throws Exception {
        Path file = Files.writeString(dir.resolve("loggerflow.properties"),
                "workers = 3\nfolder.north.timezone = UTC-05:00\nsite = north-ridge\n");
        Path log = dir.resolve("out.log");

        int exit = CliProcess.run(db, dir.resolve("data"), Map.of(Settings.CONFIG_FILE_ENV, file.toString()), "256m", log,
                "import", Samples.DAY1.toString());

        assertThat(exit).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).containsPattern("MAST01_Ten_Min_2024_03_01.dat\\s+loaded\\s+\\d+");
    }
}
