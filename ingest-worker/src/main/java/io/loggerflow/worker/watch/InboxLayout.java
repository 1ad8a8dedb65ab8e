package io.loggerflow.worker.watch;

import io.loggerflow.worker.config.FolderSettings;
import io.loggerflow.worker.config.Settings;

import java.nio.file.Path;

/**
 * How a path inside the inbox maps to folder settings: a file directly in the inbox uses the defaults,
 * a file under {@code inbox/<folder>/...} uses that folder's settings (by default: site = folder name).
 * A file outside the inbox (the {@code import} command) uses the defaults.
 */
public final class InboxLayout {
    private final Path inbox;
    private final Settings settings;

    public InboxLayout(Settings settings) {
        this.settings = settings;
        this.inbox = settings.inbox().toAbsolutePath().normalize();
    }

    public Path root() {
        return inbox;
    }

    /**
     * The folder a file of this (valid) site is put into: the default site's directly into the inbox, any
     * other site's into {@code inbox/<site>/}, whose folder settings then apply to it.
     */
    public Path folderFor(String site) {
        return site.equals(settings.defaultSite()) ? inbox : inbox.resolve(site);
    }

    public FolderSettings settingsFor(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(inbox)) {
            Path relative = inbox.relativize(absolute);
            if (relative.getNameCount() > 1) {
                return settings.folder(relative.getName(0).toString());
            }
        }
        return settings.folder("");
    }
}
