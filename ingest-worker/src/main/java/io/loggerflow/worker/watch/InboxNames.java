package io.loggerflow.worker.watch;

import io.loggerflow.worker.unpack.PortableNames;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The inbox's file-name rules, in one place: which files the watcher imports, and which names a file put
 * into the inbox (an upload) may have — only names the watcher imports, and only plain ones.
 */
public final class InboxNames {
    /** Names that writers use while a file is incomplete; such files wait for their final name. */
    private static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".partial", ".filepart",
            ".crdownload", ".download", ".lock", "~");
    /** The note written next to a quarantined file (it may sit in a watched folder too). */
    private static final String ERROR_NOTE_SUFFIX = ".error.txt";
    /** The common limit of file systems for one name. */
    private static final int MAX_NAME_BYTES = 255;

    private InboxNames() {
    }

    /**
     * Why the watcher leaves a file of this name alone: hidden (files still being written under a
     * temporary name, the upload's included), a partial-file suffix, or an error note; empty when it
     * imports it.
     */
    public static Optional<String> whyIgnored(String name) {
        if (name.startsWith(".")) {
            return Optional.of("the file name must not start with '.' (hidden files are not imported)");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String suffix : PARTIAL_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return Optional.of("names ending with '" + suffix + "' are left alone by the inbox watcher");
            }
        }
        if (lower.endsWith(ERROR_NOTE_SUFFIX)) {
            return Optional.of("names ending with '" + ERROR_NOTE_SUFFIX + "' are left alone by the inbox watcher");
        }
        return Optional.empty();
    }

    /**
     * Why a file put into the inbox cannot have this name: empty, longer than 255 bytes in UTF-8, not a
     * plain name (a {@code /}, {@code \}, {@code ..} or control character), or ignored by the watcher;
     * empty when the name is fine.
     */
    public static Optional<String> whyRefused(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("a file name is required");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("the file name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || Character.isISOControl(c)) {
                return Optional.of("the file name must be a plain name, without '/', '\\' or control characters");
            }
        }
        if (name.contains("..")) {
            return Optional.of("the file name must not contain '..'");
        }
        Optional<String> notPortable = PortableNames.whyNotPortable(name);
        return notPortable.isPresent() ? notPortable : whyIgnored(name);
    }
}
