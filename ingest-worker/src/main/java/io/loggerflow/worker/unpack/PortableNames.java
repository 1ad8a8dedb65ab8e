package io.loggerflow.worker.unpack;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names that every system loggerflow runs on can hold, Windows included, whatever system made the
 * archive or sent the upload: Windows cannot create {@code CON}, {@code aux.dat} or {@code COM1.txt} (device
 * names, whatever the extension), names with {@code < > : " | ? *}, or names ending with a dot or a space, and
 * it sees {@code Day1.dat} and {@code DAY1.dat} as one file. The rules are applied on every system, so an
 * archive or an upload behaves the same on Linux as on Windows.
 */
public final class PortableNames {
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"|?*]");

    /** Lower-cased paths already given out, so two entries differing only in case get two files. */
    private final Set<String> taken = new HashSet<>();

    /** Why Windows cannot hold a file of this (plain) name; empty when it can. */
    public static Optional<String> whyNotPortable(String name) {
        if (RESERVED.matcher(name).matches()) {
            return Optional.of("'" + name + "' is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)");
        }
        if (FORBIDDEN.matcher(name).find()) {
            return Optional.of("the file name must not contain < > : \" | ? * (not allowed on Windows)");
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return Optional.of("the file name must not end with a dot or a space (dropped by Windows)");
        }
        return Optional.empty();
    }

    /** An archive entry's name with {@code /} separators (zip tools on Windows may write {@code \}). */
    static String entryName(String raw) {
        return raw.replace('\\', '/');
    }

    /**
     * Where to extract an entry, relative to its folder: each segment that Windows cannot hold changed a
     * little ({@code CON.dat} → {@code _CON.dat}, {@code a:b} → {@code a_b}, {@code x.} → {@code x._}), and a
     * path that differs from an earlier one only in case given a {@code ~2}, {@code ~3}... before its
     * extension. {@code .} and {@code ..} segments are kept for the caller's escape check.
     *
     * @param folder the extraction folder, so nested archives' folders are told apart
     */
    String diskPath(String folder, String entryName) {
        String[] segments = entryName.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                continue;
            }
            segment = FORBIDDEN.matcher(segment).replaceAll("_");
            if (RESERVED.matcher(segment).matches()) {
                segment = "_" + segment;
            }
            if (segment.endsWith(".") || segment.endsWith(" ")) {
                segment = segment + "_";
            }
            segments[i] = segment;
        }
        String path = String.join("/", segments);
        String unique = path;
        for (int n = 2; !taken.add(key(folder, unique)); n++) {
            unique = numbered(path, n);
        }
        return unique;
    }

    private static String key(String folder, String path) {
        return (folder + "/" + path).toLowerCase(Locale.ROOT);
    }

    private static String numbered(String path, int n) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        int at = dot > slash + 1 ? dot : path.length();
        return path.substring(0, at) + "~" + n + path.substring(at);
    }
}
