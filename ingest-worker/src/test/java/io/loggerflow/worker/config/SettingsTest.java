package io.loggerflow.worker.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(settings.dashboardPort()).isEqualTo(8000);
        assertThat(settings.dashboardBind()).isEqualTo("127.0.0.1");
        assertThat(settings.workers()).isEqualTo(2);
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
                "folder.mast7.archive-password = s3cret"));
        Settings settings = Settings.load(Map.of("LOGGERFLOW_CONFIG", file.toString(), "LOGGERFLOW_WORKERS", "5",
                "LOGGERFLOW_DB_URL", "jdbc:postgresql://db/lf", "LOGGERFLOW_INBOX", "drop"), dir);
        assertThat(settings.workers()).isEqualTo(5);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/loggerflow"));
        assertThat(settings.inbox()).isEqualTo(dir.resolve("drop"));
        assertThat(settings.dbUrl()).contains("jdbc:postgresql://db/lf");
        assertThat(settings.folder("mast7")).isEqualTo(
                new FolderSettings("north-ridge", Optional.of("toa5"), ZoneId.of("UTC-05:00"), Optional.of("s3cret")));
        assertThat(settings.folder("mast7").toString()).doesNotContain("s3cret").contains("archivePassword=***");
        assertThat(settings.folder("other").site()).isEqualTo("other"); // a folder without settings is a site
    }

    @Test
    void invalidValuesNameTheKeyAndItsVariable() {
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_WORKERS", "many"), dir).workers())
                .hasMessageContaining("workers (LOGGERFLOW_WORKERS) must be a whole number");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_TIMEZONE", "Mars/Olympus"), dir).defaultTimeZone())
                .hasMessageContaining("timezone is not a time zone");
        assertThatThrownBy(() -> Settings.load(Map.of("LOGGERFLOW_SITE", "../etc"), dir).defaultSite())
                .isInstanceOf(ConfigException.class).hasMessageContaining("site must be");
    }
}
