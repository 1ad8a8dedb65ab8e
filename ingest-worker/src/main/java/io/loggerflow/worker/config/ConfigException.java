package io.loggerflow.worker.config;

/** A configuration value is missing or invalid; the message names the key and its env variable. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
