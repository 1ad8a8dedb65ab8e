package io.loggerflow.worker.load;

import java.util.Locale;

/** The states of a row in {@code files}. */
public enum FileStatus {
    LOADING, LOADED, DUPLICATE, FAILED;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
