package io.loggerflow.worker.config;

import java.util.Optional;

/**
 * What a declared configuration key states about itself. {@link Settings.Key} (top-level keys) and
 * {@link FolderKey} ({@code folder.<name>.<key>}) implement it; the README's configuration table is checked
 * against these declarations.
 */
interface KeyDeclaration {
    /** Marks an open namespace: {@code option.<key>} stands for any key below {@code option.}. */
    String ANY_KEY = "<key>";

    /**
     * @param property     the key as written in the file, e.g. {@code workers}, or {@code option.<key>} for a namespace
     * @param type         how its value is written and checked
     * @param shownDefault the default as the README shows it (markdown; empty when there is none)
     * @param description  what the key does (markdown, as in the README)
     */
    record Spec(String property, ValueType type, String shownDefault, String description) {
    }

    Spec spec();

    /** The environment variable that overrides it; empty for keys that exist only in the config file. */
    Optional<String> environmentVariable();

    default String property() {
        return spec().property();
    }

    default ValueType type() {
        return spec().type();
    }

    default String shownDefault() {
        return spec().shownDefault();
    }

    default String description() {
        return spec().description();
    }

    /** Whether {@code name} (the part of a key this declaration covers) is this key or lies in its namespace. */
    default boolean covers(String name) {
        if (property().endsWith("." + ANY_KEY)) {
            String namespace = property().substring(0, property().length() - ANY_KEY.length());
            return name.startsWith(namespace) && name.length() > namespace.length();
        }
        return name.equals(property());
    }

    /** The default as the README writes it when it is the plain value. */
    static String shown(String defaultValue) {
        return defaultValue.isEmpty() ? "" : "`" + defaultValue + "`";
    }
}
