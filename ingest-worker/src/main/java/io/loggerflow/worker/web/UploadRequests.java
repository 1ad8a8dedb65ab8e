package io.loggerflow.worker.web;

import io.loggerflow.worker.config.ConfigException;
import io.loggerflow.worker.config.Identifiers;
import io.loggerflow.worker.watch.InboxLayout;
import io.loggerflow.worker.watch.InboxNames;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an upload request — {@code POST /upload?name=<file name>&site=<site>} with the file as the raw
 * body — into its {@link UploadTarget}, or refuses it: a site that is not a valid site name, a name that
 * {@link InboxNames} refuses, a repeated parameter (400), a multipart body (415, naming the raw-body way).
 * The site maps to an inbox folder the way the watcher maps folders to sites ({@link InboxLayout}).
 */
final class UploadRequests {
    static final String PATH = "/upload";
    private static final String RAW_BODY_HINT = "send the file itself as the request body, its name and site in the"
            + " query: curl --data-binary @FILE \"http://<host>:<port>/upload?name=FILE&site=SITE\"";

    private final InboxLayout inbox;
    private final String defaultSite;

    UploadRequests(InboxLayout inbox, String defaultSite) {
        this.inbox = inbox;
        this.defaultSite = defaultSite;
    }

    /**
     * @param path        the request's path, which must be {@code /upload} exactly
     * @param rawQuery    the query string as sent (percent-encoded), or null
     * @param contentType the {@code Content-Type} header, or null: anything but multipart is taken as raw bytes
     */
    UploadTarget target(String path, String rawQuery, String contentType) throws Refused {
        if (!PATH.equals(path)) {
            throw new Refused(404, "not found");
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            throw new Refused(415, "multipart uploads are not supported: " + RAW_BODY_HINT);
        }
        Map<String, String> query = query(rawQuery);
        String name = query.get("name");
        Optional<String> refusal = InboxNames.whyRefused(name);
        if (refusal.isPresent()) {
            throw new Refused(400, name == null || name.isEmpty() ? refusal.get() + ": " + RAW_BODY_HINT : refusal.get());
        }
        String site = validSite(query.get("site"));
        Path folder = inbox.folderFor(site);
        Path file;
        try {
            file = folder.resolve(name);
        } catch (InvalidPathException e) {
            throw new Refused(400, "not a valid file name here: " + e.getReason());
        }
        // Defence in depth: the name must denote a file directly in the chosen folder, inside the inbox.
        if (!folder.equals(file.getParent()) || !file.getFileName().toString().equals(name)
                || !file.startsWith(inbox.root())) {
            throw new Refused(400, "the file name must be a plain name");
        }
        try {
            return new UploadTarget(inbox.settingsFor(file).site(), name, folder);
        } catch (ConfigException e) {
            throw new Refused(400, "site '" + site + "' is misconfigured: " + e.getMessage());
        }
    }

    private String validSite(String site) throws Refused {
        try {
            return Identifiers.requireSiteName(site == null || site.isEmpty() ? defaultSite : site, "site");
        } catch (ConfigException e) {
            throw new Refused(400, e.getMessage());
        }
    }

    /** Decoded query parameters; a repeated parameter is refused rather than guessed at. */
    private static Map<String, String> query(String rawQuery) throws Refused {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (params.put(key, value) != null) {
                    throw new Refused(400, "query parameter '" + key + "' given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new Refused(400, "malformed query string");
            }
        }
        return params;
    }
}
