package io.loggerflow.worker.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsNeedNoConfigurationAtAll() {
        Settings settings = Settings.load(Map.of(), dir);
        assertThat(settings.dbUrl()).isEmpty();
        assertThat(settings.dataDir()).isEqualTo(dir.resolve("data"));
        assertThat(settings.inbox()).isEqualTo(dir.resolve("data/inbox"));
        assertThat(settings.archiveDir()).isEqualTo(dir.resolve("data/archive"));
        assertThat(settings.failedDir()).isEqualTo(dir.resolve("data/failed"));
        assertThat(settings.exportDir()).isEqualTo(dir.resolve("data/exports"));
        assertThat(settings.dashboardPort()).isEqualTo(8000);
        assertThat(settings.dashboardBind()).isEqualTo("127.0.0.1");
        assertThat(settings.dashboardEnabled()).isTrue();
        assertThat(settings.uploadEnabled()).isFalse();
        assertThat(settings.workers()).isEqualTo(2);
        assertThat(settings.quietPeriod()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.jobPollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.health().staleAfter()).isEqualTo(Duration.ofHours(3));
        assertThat(settings.archiveLimits().maxExpandedBytes()).isEqualTo(4096L * 1024 * 1024);
        assertThat(settings.folder("")).isEqualTo(new FolderSettings("default", Optional.empty(), ZoneId.of("UTC"),
                Optional.empty()));
    }

    @Test
    void environmentOverridesTheConfigFileWhichHoldsPerFolderSettings() throws Exception {
        Path file = dir.resolve("lf.properties");
        Files.writeString(file, String.join("\n",
                "workers = 3",
                "data.dir = /srv/loggerflow",
                "folder.mast7.site = north-ridge",
                "folder.mast7.format = toa5",
                "folder.mast7.timezone = UTC-05:00",
                "folder.mast7.archive-password = s3cret",
                "bad-rows-max-share = 5%",
                "folder.mast.8.bad-rows = fail",
                "folder.mast9.bad-rows-max-share = 2.5%"));
        Settings settings = Settings.load(Map.of("LOGGERFLOW_CONFIG", file.toString(), "LOGGERFLOW_WORKERS", "5",
                "LOGGERFLOW_DB_URL", "jdbc:postgresql://db/lf", "LOGGERFLOW_INBOX", "drop",
                "LOGGERFLOW_TEST_DB_URL", "jdbc:postgresql://test/lf"), dir);
        assertThat(settings.workers()).isEqualTo(5);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/loggerflow"));
        assertThat(settings.inbox()).isEqualTo(dir.resolve("drop"));
        assertThat(settings.dbUrl()).contains("jdbc:postgresql://db/lf");
        assertThat(settings.folder("mast7")).isEqualTo(new FolderSettings("north-ridge", Optional.of("toa5"),
                ZoneId.of("UTC-05:00"), Optional.of("s3cret"), Map.of(), new BadRows(true, 0.05)));
        assertThat(settings.folder("mast7").toString()).doesNotContain("s3cret").contains("archivePassword=***");
        assertThat(settings.folder("mast.8")).isEqualTo( // a folder name may hold dots
                new FolderSettings("mast.8", Optional.empty(), ZoneId.of("UTC"), Optional.empty(), Map.of(),
                        new BadRows(false, 0.05)));
        assertThat(settings.folder("mast9").badRows()).isEqualTo(new BadRows(true, 0.025));
        assertThat(settings.folder("unconfigured").badRows()).isEqualTo(new BadRows(true, 0.05));
        assertThat(Settings.of(Map.of(), dir).folder("").badRows()).isEqualTo(BadRows.DEFAULT);
        assertThat(settings.folder("other").site()).isEqualTo("other"); // a folder without settings is a site
    }

    @Test
    void invalidValuesFailWhenTheSettingsAreLoadedNamingTheKeyItsVariableAndWhereItWasSet() throws Exception {
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_WORKERS", "many"), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("workers (LOGGERFLOW_WORKERS) must be a whole number, not 'many' (set in the environment)");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_TIMEZONE", "Mars/Olympus"), dir))
                .hasMessageContaining("timezone (LOGGERFLOW_TIMEZONE) is not a time zone: 'Mars/Olympus'");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_SITE", "../etc"), dir))
                .isInstanceOf(ConfigException.class).hasMessageContaining("site (LOGGERFLOW_SITE) must be 1-63");
        assertThatThrownBy(() -> Settings.of(Map.of("upload.enabled", "true"), dir))
                .hasMessage("upload.token (LOGGERFLOW_UPLOAD_TOKEN) must be set when uploads are enabled");

        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_BAD_ROWS_MAX_SHARE", "0.1"), dir))
                .hasMessage("bad-rows-max-share (LOGGERFLOW_BAD_ROWS_MAX_SHARE) must be a percentage such as 10%,"
                        + " not '0.1' (set in the environment)");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_BAD_ROWS_MAX_SHARE", "120%"), dir))
                .hasMessage("bad-rows-max-share (LOGGERFLOW_BAD_ROWS_MAX_SHARE) must be between 0% and 100%,"
                        + " not 120% (set in the environment)");

        Path file = dir.resolve("loggerflow.properties"); // found without LOGGERFLOW_CONFIG
        Files.writeString(file, "folder.north.timezone = Europe/Madird\n");
        assertThatThrownBy(() -> Settings.load(Map.of(), dir))
                .hasMessage("folder.north.timezone is not a time zone: 'Europe/Madird' (use e.g. UTC, UTC+02:00, Europe/Madrid)"
                        + " (set in config file " + file + ")");
        Files.writeString(file, "folder.north.bad-rows = ignore\n");
        assertThatThrownBy(() -> Settings.load(Map.of(), dir))
                .hasMessage("folder.north.bad-rows must be fail or skip, not 'ignore' (set in config file " + file + ")");
        Files.writeString(file, "watch.scan-ms = 10\n");
        assertThatThrownBy(() -> Settings.load(Map.of(), dir))
                .hasMessage("watch.scan-ms (LOGGERFLOW_WATCH_SCAN_MS) must be between 50 and 2147483647, not 10"
                        + " (set in config file " + file + ")");
    }

    @Test
    void anUnknownTopLevelKeyInTheFileIsNamedWithTheFileAndTheNearestKey() throws Exception {
        Path file = dir.resolve("lf.properties");
        Files.writeString(file, "workerz = 4\n");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_CONFIG", file.toString()), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown key `workerz` in config file " + file + "; did you mean `workers`?");
    }

    @Test
    void anUnknownFolderKeyIsNamedWithTheNearestFolderKey() throws Exception {
        Path file = dir.resolve("lf.properties");
        Files.writeString(file, "folder.north.site = north-ridge\nfolder.north.timezon = UTC-05:00\n");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_CONFIG", file.toString()), dir))
                .hasMessage("unknown key `folder.north.timezon` in config file " + file
                        + "; did you mean `folder.north.timezone`?");
    }

    @Test
    void aKeyFarFromEveryDeclaredKeyGetsNoSuggestion() {
        assertThatThrownBy(() -> Settings.of(Map.of("colour", "blue"), dir))
                .hasMessage("unknown key `colour` in the given settings");
        assertThatThrownBy(() -> Settings.of(Map.of("folder.north", "x"), dir))
                .hasMessage("unknown key `folder.north` in the given settings");
    }

    @Test
    void anUnknownLoggerflowVariableIsNamedWithTheNearestVariable() {
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_WORKERZ", "4"), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown environment variable LOGGERFLOW_WORKERZ; did you mean `LOGGERFLOW_WORKERS`?");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_FOLDER_NORTH_TIMEZONE", "UTC"), dir))
                .hasMessageContaining("LOGGERFLOW_FOLDER_NORTH_TIMEZONE is not a setting: per-folder settings");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_OPTIONS_FILE", "x.properties"), dir))
                .hasMessageContaining("can be set only in the config file");
        // other variables are none of loggerflow's business
        assertThat(Settings.load(Map.of("PATH", "/bin", "LOGGERFLOWX", "1"), dir).workers()).isEqualTo(2);
    }

    @Test
    void overridesAreCheckedLikeTheOriginal() {
        Settings settings = Settings.of(Map.of("workers", "3"), dir);
        assertThat(settings.with(Map.of("jobs.retries", "0")).jobRetries()).isZero();
        assertThat(settings.with(Map.of("jobs.retries", "0")).workers()).isEqualTo(3);
        assertThatThrownBy(() -> settings.with(Map.of("jobs.retrys", "0")))
                .hasMessage("unknown key `jobs.retrys` in the given overrides; did you mean `jobs.retries`?");
    }

    @Test
    void formatOptionsAreResolvedOnceSoTheOptionsFileIsNotReadAgainPerFile() throws Exception {
        Path mapping = dir.resolve("mapping.properties");
        Files.writeString(mapping, "header-line = 3\nmissing = -999\n");
        Path rootMapping = dir.resolve("root.properties");
        Files.writeString(rootMapping, "interval = 10\n");
        Settings settings = Settings.of(Map.of(
                "folder.ammonit.format", "generic-wide",
                "folder.ammonit.options-file", "mapping.properties",
                "folder.ammonit.option.missing", "-9999",
                "folder.ammonit.option.column.WS 80.unit", "m/s",
                "options-file", "root.properties",
                "option.stamp-position", "end"), dir);
        Files.delete(mapping);
        Files.delete(rootMapping);

        assertThat(settings.folder("ammonit").options()).isEqualTo(
                Map.of("header-line", "3", "missing", "-9999", "column.WS 80.unit", "m/s"));
        assertThat(settings.folder("ammonit").format()).contains("generic-wide");
        assertThat(settings.folder("").options()).isEqualTo(Map.of("interval", "10", "stamp-position", "end"));
        assertThat(settings.folder("other").options()).isEmpty(); // folders do not inherit top-level options
    }

    @Test
    void aMissingOptionsFileOrConfigFileFailsAtLoad() {
        assertThatThrownBy(() -> Settings.of(Map.of("folder.ammonit.options-file", "absent.properties"), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage("folder.ammonit.options-file: cannot read " + dir.resolve("absent.properties") + ": no such file");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_CONFIG", "absent.properties"), dir))
                .hasMessage("cannot read " + dir.resolve("absent.properties") + ": no such file");
    }

    @Test
    void anUnconfiguredFolderWhoseNameIsNoSiteNameIsRefusedWhenAFileArrivesThere() {
        Settings settings = Settings.load(Map.of(), dir);
        assertThatThrownBy(() -> settings.folder("two words"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("folder.two words.site must be 1-63");
    }
}
