package io.loggerflow.worker.testing;

import io.loggerflow.worker.config.Settings;
import io.loggerflow.worker.db.ConnectionInfo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Settings for a worker under test: a fresh database, folders in a temp dir, short timings. */
public final class TestWorker {
    private TestWorker() {
    }

    public static Settings settings(ConnectionInfo db, Path dataDir, Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>();
        values.put(Settings.Key.DB_URL.property, db.url());
        if (db.user() != null) {
            values.put(Settings.Key.DB_USER.property, db.user());
        }
        values.put(Settings.Key.DATA_DIR.property, dataDir.toString());
        values.put(Settings.Key.WATCH_QUIET_MS.property, "500");
        values.put(Settings.Key.WATCH_SCAN_MS.property, "100");
        values.put(Settings.Key.DASHBOARD_PORT.property, "0");
        values.put(Settings.Key.JOBS_RETRIES.property, "2");
        values.putAll(overrides);
        return Settings.of(values, dataDir);
    }
}
