package io.loggerflow.worker.config;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The settings given by {@code LOGGERFLOW_*} environment variables; any such variable must be declared. */
final class EnvironmentSettings {
    static final String ORIGIN = "the environment";

    private EnvironmentSettings() {
    }

    /** @throws ConfigException naming the first {@code LOGGERFLOW_*} variable that is neither a key's nor declared */
    static RawSettings read(Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        env.keySet().stream().filter(name -> name.startsWith(Settings.ENV_PREFIX)).sorted().forEach(name -> {
            Optional<Settings.Key> key = Arrays.stream(Settings.Key.values())
                    .filter(k -> k.environmentVariable().filter(name::equals).isPresent()).findFirst();
            if (key.isPresent()) {
                values.put(key.get().property, env.get(name));
            } else if (Arrays.stream(NonSettingVariable.values()).noneMatch(v -> v.variable.equals(name))) {
                throw unknown(name);
            }
        });
        return RawSettings.of(values, ORIGIN);
    }

    private static ConfigException unknown(String name) {
        if (name.startsWith(Settings.ENV_PREFIX + "FOLDER_") || name.startsWith(Settings.ENV_PREFIX + "OPTION")) {
            return new ConfigException("environment variable " + name + " is not a setting: per-folder settings and"
                    + " format options can be set only in the config file");
        }
        List<String> known = Stream.concat(
                Arrays.stream(Settings.Key.values()).flatMap(key -> key.environmentVariable().stream()),
                Arrays.stream(NonSettingVariable.values()).map(variable -> variable.variable)).toList();
        return new ConfigException("unknown environment variable " + name + NearestName.hint(name, known));
    }
}
