package io.loggerflow.exporter;

/** No export configuration has this name (e.g. it was removed after a run was scheduled). */
public final class UnknownExportConfigException extends IllegalArgumentException {
    public UnknownExportConfigException(String name) {
        super("no export configuration named " + name);
    }
}
