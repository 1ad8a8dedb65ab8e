package io.loggerflow.worker.config;

/**
 * {@code LOGGERFLOW_*} environment variables that are not settings. Every other {@code LOGGERFLOW_*} variable
 * must be a key's, so a mistyped one is reported instead of ignored.
 */
enum NonSettingVariable {
    CONFIG("LOGGERFLOW_CONFIG", "the config file to read (default: ./loggerflow.properties if it exists)"),
    TEST_DB_URL("LOGGERFLOW_TEST_DB_URL",
            "read by the test suite only: a running TimescaleDB to test against instead of the embedded PostgreSQL");

    final String variable;
    final String description;

    NonSettingVariable(String variable, String description) {
        this.variable = variable;
        this.description = description;
    }
}
