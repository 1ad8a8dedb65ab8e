package io.loggerflow.worker.config;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Refuses keys that are not declared: a typo must stop the program, not silently leave a default in place. */
final class KnownKeys {
    private KnownKeys() {
    }

    /** @throws ConfigException naming the first unknown key, where it was set and the nearest declared key */
    static void check(RawSettings raw) {
        raw.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(entry -> !isDeclared(entry.getKey()))
                .findFirst()
                .ifPresent(entry -> {
                    throw new ConfigException("unknown key `" + entry.getKey() + "` in " + entry.getValue().origin()
                            + hint(entry.getKey()));
                });
    }

    private static boolean isDeclared(String key) {
        return Arrays.stream(Settings.Key.values()).anyMatch(declared -> declared.covers(key))
                || FolderKey.Parsed.of(key).isPresent();
    }

    private static String hint(String key) {
        int folderEnd = key.indexOf('.', FolderKey.PREFIX.length());
        if (key.startsWith(FolderKey.PREFIX) && folderEnd > 0) {
            // compare the part after the folder name, so a long folder name does not make any key look close
            String folderPrefix = key.substring(0, folderEnd + 1);
            return NearestName.to(key.substring(folderEnd + 1), names(FolderKey.values()))
                    .map(nearest -> "; did you mean `" + folderPrefix + nearest + "`?").orElse("");
        }
        return NearestName.hint(key, names(Settings.Key.values()));
    }

    /** The keys one can write literally (namespaces such as {@code option.<key>} are no suggestion). */
    private static List<String> names(KeyDeclaration[] declarations) {
        return Arrays.stream(declarations).map(KeyDeclaration::property)
                .filter(property -> !property.endsWith(KeyDeclaration.ANY_KEY))
                .sorted(Comparator.naturalOrder()).toList();
    }
}
